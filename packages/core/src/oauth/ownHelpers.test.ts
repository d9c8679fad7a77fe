// @vitest-environment node
// The OAuth engine's copies of core's helpers must answer exactly as the originals do (see ownHelpers.ts for why
// they are copies): a change to one that is not made to the other fails here.
import { describe, expect, it } from "vitest";
import { appendPointer as appendPointerShared } from "../schema/appendPointer.js";
import { constValue as constValueShared } from "../schema/constValue.js";
import { parsePointer as parsePointerShared } from "../schema/parsePointer.js";
import { getOwn as getOwnShared } from "../shared/getOwn.js";
import { setOwn as setOwnShared } from "../shared/setOwn.js";
import { appendPointer, constValue, getOwn, parsePointer, setOwn } from "./ownHelpers.js";

const pointers = ["", "#", "#/", "/", "/a", "/a/b", "/a~1b/c~0d", "#/properties/x", "/~01", "/__proto__/x"];
const tokens: (string | number)[] = ["a", "", "a/b", "~", "~1", 0, 12, "__proto__"];
const schemas: unknown[] = [
  null,
  "x",
  [],
  {},
  { const: "oauth2.0" },
  { const: undefined },
  { enum: ["one"] },
  { enum: ["one", "two"] },
  { enum: [] },
  { const: 1, enum: [2] },
  JSON.parse('{"__proto__": {"const": "x"}}'),
];

describe("ownHelpers: the OAuth engine's copies behave as core's helpers", () => {
  it("parsePointer", () => {
    for (const pointer of pointers) expect(parsePointer(pointer)).toEqual(parsePointerShared(pointer));
  });

  it("appendPointer", () => {
    for (const pointer of pointers)
      for (const token of tokens)
        expect(appendPointer(pointer, token)).toBe(appendPointerShared(pointer, token));
  });

  it("constValue", () => {
    for (const schema of schemas) expect(constValue(schema)).toEqual(constValueShared(schema));
  });

  it("getOwn and setOwn, with keys that name Object.prototype members", () => {
    const record = JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, number>;
    for (const key of ["__proto__", "a", "b", "constructor", "toString", "hasOwnProperty"])
      expect(getOwn(record, key)).toBe(getOwnShared(record, key));
    for (const key of ["__proto__", "constructor", "a"]) {
      const [mine, theirs] = [{}, {}];
      setOwn(mine, key, { v: 1 });
      setOwnShared(theirs, key, { v: 1 });
      expect(Object.getOwnPropertyDescriptor(mine, key)).toEqual(
        Object.getOwnPropertyDescriptor(theirs, key),
      );
      expect(Object.getPrototypeOf(mine)).toBe(Object.getPrototypeOf(theirs));
    }
  });

  it("is the same code", () => {
    for (const [mine, theirs] of [
      [parsePointer, parsePointerShared],
      [appendPointer, appendPointerShared],
      [constValue, constValueShared],
      [getOwn, getOwnShared],
      [setOwn, setOwnShared],
    ] as const)
      expect(mine.toString()).toBe(theirs.toString());
  });
});
