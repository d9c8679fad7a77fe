// @vitest-environment node
import { describe, expect, it } from "vitest";
import { monogramIcon } from "./monogramIcon.js";

describe("monogramIcon", () => {
  it("is a self-contained data: SVG with the initials, so browsers fetch nothing", () => {
    const icon = monogramIcon("Google Analytics 4 (GA4)");
    expect(icon.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true);
    const svg = decodeURIComponent(icon.slice(icon.indexOf(",") + 1));
    expect(svg).toContain(">GA</text>");
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("never lets a hostile name inject markup", () => {
    const svg = decodeURIComponent(monogramIcon('<img src=x onerror="alert(1)">').split(",")[1] ?? "");
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("onerror");
  });
});
