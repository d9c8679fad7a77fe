import { describe, expect, it } from "vitest";
import { getOwn } from "./getOwn.js";

describe("getOwn", () => {
  it("reads own properties, even one named __proto__", () => {
    const record = JSON.parse('{"a": 1, "__proto__": "own"}') as Record<string, unknown>;
    expect(getOwn(record, "a")).toBe(1);
    expect(getOwn(record, "__proto__")).toBe("own");
  });

  it("never reads what the record inherits", () => {
    const record: Record<string, unknown> = {};
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"])
      expect(getOwn(record, key)).toBeUndefined();
    expect(getOwn(Object.create({ inherited: 1 }), "inherited")).toBeUndefined();
  });
});
