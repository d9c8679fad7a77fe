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

  // jsdom has no adoptedStyleSheets: these cover the <style> fallback (styles.browser.test.tsx covers Chromium).
  it("injects one <style> element into <head>, once", () => {
    injectStyles();
    injectStyles(document);
    const styles = document.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]?.parentNode).toBe(document.head);
    expect(styles[0]?.textContent).toBe(credentialFormCss);
  });

  it("injects one <style> element into a shadow root, once, and none into the document", () => {
    const host = document.body.appendChild(document.createElement("div"));
    const shadow = host.attachShadow({ mode: "open" });
    const inDocument = document.querySelectorAll("style").length;
    injectStyles(shadow);
    injectStyles(shadow);
    const styles = shadow.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]?.parentNode).toBe(shadow);
    expect(styles[0]?.textContent).toBe(credentialFormCss);
    expect(document.querySelectorAll("style")).toHaveLength(inDocument);
    // A second shadow root gets its own: styles do not cross shadow boundaries.
    const other = document.body.appendChild(document.createElement("div")).attachShadow({ mode: "open" });
    injectStyles(other);
    expect(other.querySelectorAll(`style#${CREDENTIAL_FORM_STYLE_ID}`)).toHaveLength(1);
    host.remove();
    other.host.remove();
  });
});
