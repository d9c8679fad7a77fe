import { describe, expect, it } from "vitest";
import { CREDENTIAL_FORM_STYLE_ID, credentialFormCss, injectStyles, themeTokens } from "./styles.js";

function selectors(css: string): string[] {
  const withoutKeyframes = css.replace(/@keyframes[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, "");
  const out: string[] = [];
  for (const match of withoutKeyframes.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    const prelude = (match[1] ?? "")
      .trim()
      .replace(/^@media[^{]*\{/, "")
      .trim();
    if (prelude.startsWith("@media")) continue;
    out.push(...prelude.split(",").map((s) => s.replace(/^@media[^{]*\{\s*/, "").trim()));
  }
  return out.filter(Boolean);
}

describe("styles", () => {
  it("scopes every selector under .cf-root (no global leakage)", () => {
    const list = selectors(credentialFormCss);
    expect(list.length).toBeGreaterThan(20);
    for (const selector of list) expect(selector).toMatch(/^\.cf-root/);
  });

  it("defines every theming token, with a dark set", () => {
    for (const token of themeTokens) expect(credentialFormCss).toContain(`${token}:`);
    expect(credentialFormCss).toContain('[data-theme="dark"]');
    expect(credentialFormCss).toContain("prefers-color-scheme: dark");
  });

  it("injects one <style> element, once", () => {
    injectStyles();
    injectStyles();
    const styles = document.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(credentialFormCss);
  });
});
