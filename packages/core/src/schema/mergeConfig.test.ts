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

  it("keeps fields named __proto__ or constructor as fields, never touching a prototype", () => {
    const defaults = JSON.parse('{"__proto__": {"a": 1, "polluted": true}, "constructor": "d"}') as Record<
      string,
      unknown
    >;
    const input = JSON.parse(
      '{"__proto__": {"b": 2}, "constructor": {"prototype": {"polluted": true}}}',
    ) as Record<string, unknown>;
    const merged = mergeConfig(defaults, input);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(["__proto__", "constructor"]);
    expect(JSON.stringify(merged)).toBe(
      '{"__proto__":{"a":1,"polluted":true,"b":2},"constructor":{"prototype":{"polluted":true}}}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
