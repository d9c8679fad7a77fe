import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CREDENTIAL_FORM_STYLE_ID, credentialFormCss, injectStyles } from "./styles.js";

// The stylesheet is generated (tokens, `.cf-root` prefixes): these tests read it back through jsdom's CSS parser
// and hold it to the README, never to the constants it is generated from.

/** The stylesheet's rules as the browser would parse them. */
function parsedRules(): CSSRule[] {
  const style = document.createElement("style");
  style.textContent = credentialFormCss;
  document.head.append(style);
  const rules = Array.from(style.sheet?.cssRules ?? []);
  style.remove();
  return rules;
}

function styleRules(rules: CSSRule[]): CSSStyleRule[] {
  return rules.flatMap((rule) =>
    rule instanceof CSSStyleRule
      ? [rule]
      : rule instanceof CSSMediaRule
        ? styleRules(Array.from(rule.cssRules))
        : [],
  );
}

/** The "Theming" table of packages/react/README.md: token → documented default. */
function documentedTokens(): Map<string, string> {
  const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
  const rows = [...readme.matchAll(/^\| `(--cf-[\w-]+)` \| `([^`]+)` \|/gm)];
  return new Map(rows.map((row) => [row[1] as string, row[2] as string]));
}

/** `#fff` → `#ffffff`, `0.75rem` → `.75rem`: the spellings the README and the stylesheet use for one value. */
function canonical(value: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value.trim());
  const long = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : value.trim();
  return long.toLowerCase().replace(/^0\./, ".");
}

describe("styles", () => {
  it("scopes every selector under .cf-root (no global leakage)", () => {
    const selectors = styleRules(parsedRules()).flatMap((rule) =>
      rule.selectorText.split(",").map((selector) => selector.trim()),
    );
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector).toMatch(/^\.cf-root(?![\w-])/);
  });

  it("declares on .cf-root every token the README documents, with the documented default, and uses no other", () => {
    const documented = documentedTokens();
    expect(documented.size).toBeGreaterThan(10);
    const root = styleRules(parsedRules()).find((rule) => rule.selectorText === ".cf-root");
    expect(root).toBeDefined();
    const declared = new Map(
      Array.from(root?.style ?? [])
        .filter((name) => name.startsWith("--cf-"))
        .map((name) => [name, canonical(root?.style.getPropertyValue(name) ?? "")]),
    );
    expect(declared).toEqual(new Map([...documented].map(([name, value]) => [name, canonical(value)])));
    // Every var(--cf-…) the rules read is one of them (a typo would silently fall back to nothing).
    const used = new Set([...credentialFormCss.matchAll(/var\((--cf-[\w-]+)\)/g)].map((match) => match[1]));
    for (const name of used) expect(documented.has(name as string), name).toBe(true);
  });

  it("has a dark set of every colour token, for data-theme=dark and for a dark system preference", () => {
    const colours = [...documentedTokens()]
      .filter(([, value]) => value.startsWith("#"))
      .map(([name]) => name);
    const rules = styleRules(parsedRules());
    const dark = rules.find((rule) => rule.selectorText === '.cf-root[data-theme="dark"]');
    const media = parsedRules().find(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && /prefers-color-scheme: *dark/.test(rule.conditionText),
    );
    const system = media && styleRules(Array.from(media.cssRules))[0];
    expect(system?.selectorText).toBe('.cf-root:not([data-theme="light"])');
    for (const rule of [dark, system]) {
      for (const name of colours)
        expect(rule?.style.getPropertyValue(name), name).toMatch(/^#[0-9a-f]{3,6}$/i);
    }
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
