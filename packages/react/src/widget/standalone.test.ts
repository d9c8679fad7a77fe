// @vitest-environment node
import { describe, expect, it } from "vitest";

describe("standalone entry", () => {
  it("imports without a DOM and without touching globals", async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const entry = await import("./standalone.js");
    expect(Object.keys(entry).sort()).toEqual([
      "CredentialEmbeddedWidget",
      "defaultWidgetMessages",
      "mountCredentialWidget",
    ]);
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added).toEqual([]);
    // Without a DOM, mounting fails with a clear error instead of at import time.
    expect(() => entry.mountCredentialWidget(undefined, { token: "x" })).toThrow(/needs a DOM/);
  });
});
