import { describe, expect, it } from "vitest";
import { isPlainObject } from "./isPlainObject.js";

describe("isPlainObject", () => {
  it("accepts JSON objects, including ones without a prototype", () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });

  it("rejects arrays, null and primitives", () => {
    for (const value of [[], [1], null, undefined, 0, "", "{}", true])
      expect(isPlainObject(value)).toBe(false);
  });
});
