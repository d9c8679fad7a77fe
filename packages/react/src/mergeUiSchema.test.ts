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

  it("merges the oneOf / anyOf options one by one: a patch of one option keeps the others' uiSchema", () => {
    const base = {
      credentials: {
        oneOf: [
          { refresh_token: { "ui:widget": "SecretWidget" } },
          { token: { "ui:widget": "SecretWidget" } },
        ],
      },
      region: { anyOf: [{ "ui:help": "a" }, { "ui:help": "b" }] },
    };
    const merged = mergeUiSchema(base, {
      credentials: {
        oneOf: [{ refresh_token: { "ui:widget": "hidden" }, client_id: { "ui:widget": "hidden" } }],
      },
      region: { anyOf: [undefined, { "ui:placeholder": "eu" }, { "ui:help": "c" }] },
    });
    expect(merged).toEqual({
      credentials: {
        oneOf: [
          { refresh_token: { "ui:widget": "hidden" }, client_id: { "ui:widget": "hidden" } },
          { token: { "ui:widget": "SecretWidget" } },
        ],
      },
      region: { anyOf: [{ "ui:help": "a" }, { "ui:help": "b", "ui:placeholder": "eu" }, { "ui:help": "c" }] },
    });
    expect(base.credentials.oneOf[0]).toEqual({ refresh_token: { "ui:widget": "SecretWidget" } });
  });

  it("replaces `ui:order` and other arrays, also inside an option, instead of concatenating or merging them", () => {
    const base = {
      "ui:order": ["a", "b", "*"],
      "ui:options": { optionalFields: ["x", "y"] },
      credentials: { oneOf: [{ "ui:order": ["client_id", "client_secret", "*"] }] },
    };
    const merged = mergeUiSchema(base, {
      "ui:order": ["b"],
      "ui:options": { optionalFields: ["y"] },
      credentials: { oneOf: [{ "ui:order": ["client_secret"] }] },
    });
    expect(merged).toEqual({
      "ui:order": ["b"],
      "ui:options": { optionalFields: ["y"] },
      credentials: { oneOf: [{ "ui:order": ["client_secret"] }] },
    });
  });
});
