import { describe, expect, it } from "vitest";
import { connectorIcon } from "./connectorIcon.js";
import { createRegistryIndex } from "./createRegistryIndex.js";
import { monogramIcon } from "./monogramIcon.js";
import { registryFixture } from "./registryFixture.js";

describe("connectorIcon", () => {
  it("draws a few connectors and falls back to the monogram", () => {
    const github = connectorIcon("airbyte/source-github", "GitHub");
    expect(github).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(github).not.toBe(monogramIcon("GitHub"));
    expect(decodeURIComponent(github.split(",")[1] ?? "")).toMatch(/^<svg [^>]*>.*<\/svg>$/);
    expect(connectorIcon("airbyte/source-unknown", "Unknown")).toBe(monogramIcon("Unknown"));
  });

  it("replaces every registry iconUrl with an offline data: icon, without touching the fixture", () => {
    const registry = registryFixture;
    const index = createRegistryIndex(registry);
    const icons = index.registry.sources.map((source) => source.iconUrl).filter(Boolean);
    expect(icons.length).toBeGreaterThan(10);
    for (const icon of icons) expect(icon).toMatch(/^data:image\/svg\+xml/);
    expect(registry.sources.some((source) => source.iconUrl?.startsWith("https://"))).toBe(true);
  });
});
