// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeUiSchema } from "./mergeUiSchema.js";

describe("mergeUiSchema", () => {
  it("deep-merges the host's uiSchema over the computed one; the host wins and arrays replace", () => {
    const base = {
      "ui:order": ["a", "b"],
      a: { "ui:widget": "SecretWidget", "ui:options": { multiline: true } },
    };
    const merged = mergeUiSchema(base, { "ui:order": ["b", "a"], a: { "ui:options": { rows: 3 } } });
    expect(merged).toEqual({
      "ui:order": ["b", "a"],
      a: { "ui:widget": "SecretWidget", "ui:options": { multiline: true, rows: 3 } },
    });
    expect(base.a["ui:options"]).toEqual({ multiline: true });
    expect(mergeUiSchema(base, undefined)).toBe(base);
  });

  it("keeps the uiSchema of a field named `__proto__` as a property", () => {
    const base = JSON.parse('{"__proto__":{"ui:widget":"SecretWidget"}}');
    const merged = mergeUiSchema(base, JSON.parse('{"__proto__":{"ui:help":"h"}}'));
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"ui:widget":"SecretWidget","ui:help":"h"}}');
    // Only the host names it: the computed uiSchema has no such key to merge into.
    const added = mergeUiSchema({ a: {} }, JSON.parse('{"__proto__":{"ui:help":"h"}}'));
    expect(Object.getPrototypeOf(added)).toBe(Object.prototype);
    expect(JSON.stringify(added)).toBe('{"a":{},"__proto__":{"ui:help":"h"}}');
  });
});
