// @vitest-environment node
import { describe, expect, it } from "vitest";
import { safeIconSrc } from "./safeIconSrc.js";

describe("safeIconSrc", () => {
  it("keeps http(s) and data:image URLs", () => {
    expect(safeIconSrc("https://connectors.airbyte.com/files/metadata/github/icon.svg")).toBe(
      "https://connectors.airbyte.com/files/metadata/github/icon.svg",
    );
    expect(safeIconSrc("http://127.0.0.1:8787/icon.png")).toBe("http://127.0.0.1:8787/icon.png");
    expect(safeIconSrc("data:image/svg+xml;base64,PHN2Zy8+")).toBe("data:image/svg+xml;base64,PHN2Zy8+");
    expect(safeIconSrc("data:image/png;base64,AAAA")).toBe("data:image/png;base64,AAAA");
  });

  it("encodes SVG markup (with an XML prolog or comments) into a data URL", () => {
    const svg = '<?xml version="1.0"?>\n<!-- logo --><svg viewBox="0 0 1 1"><script>alert(1)</script></svg>';
    const src = safeIconSrc(svg);
    expect(src).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    expect(src).not.toMatch(/[<>"]/);
  });

  it("drops script URLs, relative paths, other data URLs and junk", () => {
    for (const icon of [
      "javascript:alert(1)",
      "  JAVASCRIPT:alert(1)",
      "java\tscript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:application/javascript,alert(1)",
      "/icons/github.svg",
      "icons/github.svg",
      "//evil.example/icon.svg",
      "file:///etc/passwd",
      "<img src=x onerror=alert(1)>",
      "",
      "   ",
    ]) {
      expect(safeIconSrc(icon), icon).toBeNull();
    }
    expect(safeIconSrc(null)).toBeNull();
    expect(safeIconSrc(undefined)).toBeNull();
  });
});
