import { describe, expect, it } from "vitest";
import { CREDENTIAL_WIDGET_STYLE_ID, credentialWidgetCss, injectWidgetStyles } from "./widgetStyles.js";

// jsdom has no adoptedStyleSheets: these cover the <style> fallback (widgetStyles.browser.test.tsx covers Chromium).
describe("injectWidgetStyles", () => {
  it("scopes every rule under .cf-widget (no global leakage)", () => {
    const preludes = [...credentialWidgetCss.matchAll(/([^{}]+)\{[^{}]*\}/g)].map((m) => (m[1] ?? "").trim());
    expect(preludes.length).toBeGreaterThan(10);
    for (const prelude of preludes) {
      for (const selector of prelude.split(",")) expect(selector.trim()).toMatch(/^\.cf-widget/);
    }
  });

  it("injects one <style> element into <head>, once", () => {
    injectWidgetStyles();
    injectWidgetStyles(document);
    const styles = document.querySelectorAll(`style#${CREDENTIAL_WIDGET_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]?.parentNode).toBe(document.head);
    expect(styles[0]?.textContent).toBe(credentialWidgetCss);
  });

  it("injects one <style> element into a shadow root, once, and none into the document", () => {
    const host = document.body.appendChild(document.createElement("div"));
    const shadow = host.attachShadow({ mode: "open" });
    const inDocument = document.querySelectorAll("style").length;
    injectWidgetStyles(shadow);
    injectWidgetStyles(shadow);
    const styles = shadow.querySelectorAll(`style#${CREDENTIAL_WIDGET_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]?.parentNode).toBe(shadow);
    expect(document.querySelectorAll("style")).toHaveLength(inDocument);
    host.remove();
  });
});
