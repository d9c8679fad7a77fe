import { describe, expect, it } from "vitest";
import { styleRoot } from "./styleRoot.js";

describe("styleRoot", () => {
  it("is the document for a node in the page", () => {
    const element = document.body.appendChild(document.createElement("div"));
    expect(styleRoot(element)).toBe(document);
    expect(styleRoot(document)).toBe(document);
    element.remove();
  });

  it("is the shadow root for a node inside one, attached or not", () => {
    const host = document.createElement("div");
    const shadow = host.attachShadow({ mode: "open" });
    const inner = shadow.appendChild(document.createElement("span"));
    expect(styleRoot(inner)).toBe(shadow);
    document.body.appendChild(host);
    expect(styleRoot(inner)).toBe(shadow);
    host.remove();
  });

  it("falls back to the owner document for a detached node", () => {
    const parent = document.createElement("div");
    const child = parent.appendChild(document.createElement("span"));
    expect(styleRoot(child)).toBe(document);
  });
});
