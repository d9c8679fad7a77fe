// @vitest-environment node
import { describe, expect, it } from "vitest";
import { someJsonEntry } from "./someJsonEntry.js";

const entries = (value: unknown) => {
  const seen: [string, unknown, number][] = [];
  someJsonEntry(value, (key, item, depth) => {
    seen.push([key, item, depth]);
    return false;
  });
  return seen;
};

describe("someJsonEntry", () => {
  it("visits every entry depth first, in JSON order, with its depth", () => {
    const b = { c: 2 };
    expect(entries({ a: 1, b, d: [true, null] })).toEqual([
      ["a", 1, 0],
      ["b", b, 0],
      ["d", [true, null], 0],
      ["c", 2, 1],
      ["0", true, 1],
      ["1", null, 1],
    ]);
    expect(entries("text")).toEqual([]);
  });

  it("stops at the first entry visit returns true for", () => {
    let calls = 0;
    const found = someJsonEntry({ a: { b: 1 }, c: 2 }, (key) => {
      calls++;
      return key === "c";
    });
    expect(found).toBe(true);
    expect(calls).toBe(2);
    expect(someJsonEntry({ a: 1 }, () => false)).toBe(false);
  });

  it("reads a value 100,000 levels deep, and enters a cycle once", () => {
    let deep: Record<string, unknown> = { leaf: "x" };
    for (let i = 0; i < 100_000; i++) deep = { n: deep };
    expect(someJsonEntry(deep, (key, item) => key === "leaf" && item === "x")).toBe(true);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(entries(cyclic).map(([key]) => key)).toEqual(["a", "self"]);
  });
});
