import { describe, expect, it } from "vitest";
import { setOwn } from "./setOwn.js";

describe("setOwn", () => {
  it("writes an own, enumerable, writable property", () => {
    const target: Record<string, unknown> = {};
    setOwn(target, "a", 1);
    expect(Object.getOwnPropertyDescriptor(target, "a")).toEqual({
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });

  it("keeps __proto__ a property instead of replacing the prototype", () => {
    const target: Record<string, unknown> = {};
    setOwn(target, "__proto__", { polluted: true });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.keys(target)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(target)).toBe('{"__proto__":{"polluted":true}}');
  });
});
