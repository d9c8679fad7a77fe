// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeConfig } from "./mergeConfig.js";

describe("mergeConfig", () => {
  it("deep-merges objects with the user winning, replaces arrays, ignores undefined", () => {
    const defaults = { host: "db", ssl: { mode: "require", ca: "x" }, schemas: ["a", "b"], port: 5432 };
    const input = { ssl: { ca: "y" }, schemas: ["c"], port: undefined, user: "me" };
    expect(mergeConfig(defaults, input)).toEqual({
      host: "db",
      ssl: { mode: "require", ca: "y" },
      schemas: ["c"],
      port: 5432,
      user: "me",
    });
  });

  it("returns a new object and never mutates its inputs", () => {
    const defaults = { ssl: { mode: "require" } };
    const input = { ssl: { ca: "y" } };
    const merged = mergeConfig(defaults, input);
    (merged.ssl as Record<string, unknown>).mode = "changed";
    expect(defaults).toEqual({ ssl: { mode: "require" } });
    expect(input).toEqual({ ssl: { ca: "y" } });
  });

  it("ignores prototype-polluting keys", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const merged = mergeConfig({}, input);
    expect(merged).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
