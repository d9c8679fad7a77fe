import { describe, expect, it } from "vitest";
import { adoptStylesheet } from "./adoptStylesheet.js";

// The <style> fallback (jsdom has no adoptedStyleSheets); adoptStylesheet.browser.test.ts covers adoption in Chromium.
describe("adoptStylesheet (fallback)", () => {
  it("does nothing without a root (server rendering)", () => {
    const before = document.querySelectorAll("style").length;
    expect(() => adoptStylesheet(undefined, "cf-test-none", ".a{color:red}")).not.toThrow();
    expect(document.querySelectorAll("style")).toHaveLength(before);
  });

  it("adds one <style id> per root: <head> for a document, the shadow root itself for a shadow root", () => {
    adoptStylesheet(document, "cf-test-a", ".a{color:red}");
    adoptStylesheet(document, "cf-test-a", ".a{color:red}");
    adoptStylesheet(document, "cf-test-b", ".b{color:blue}");
    expect(document.head.querySelectorAll("#cf-test-a")).toHaveLength(1);
    expect(document.head.querySelectorAll("#cf-test-b")).toHaveLength(1);

    const shadow = document.body.appendChild(document.createElement("div")).attachShadow({ mode: "open" });
    adoptStylesheet(shadow, "cf-test-a", ".a{color:red}");
    adoptStylesheet(shadow, "cf-test-a", ".a{color:red}");
    const styles = shadow.querySelectorAll("style");
    expect(styles).toHaveLength(1);
    expect(styles[0]?.id).toBe("cf-test-a");
    expect(styles[0]?.textContent).toBe(".a{color:red}");
    expect(document.querySelectorAll("#cf-test-a")).toHaveLength(1);
    shadow.host.remove();
  });

  it("uses the root's own document (an iframe's, or one without a window)", () => {
    const doc = document.implementation.createHTMLDocument("other");
    adoptStylesheet(doc, "cf-test-c", ".c{color:green}");
    expect(doc.head.querySelector("style#cf-test-c")?.textContent).toBe(".c{color:green}");
    expect(document.getElementById("cf-test-c")).toBeNull();
  });
});
