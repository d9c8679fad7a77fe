// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildPayload } from "./buildPayload.js";
import type { JSONSchema } from "./JSONSchema.js";
import { mergeConfig } from "./mergeConfig.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { REDACTED, redactSecrets } from "./redactSecrets.js";
import { secretValues } from "./secretValues.js";
import { subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";
import { validateFullConfig } from "./validateFullConfig.js";

// Fields named like Object.prototype members. `JSON.parse` makes `__proto__` an own key; a plain
// `out[key] = value` would set the object's prototype instead and the value would vanish from the payload.
const spec = JSON.parse(`{
  "type": "object",
  "required": ["host", "__proto__", "constructor"],
  "properties": {
    "host": { "type": "string" },
    "__proto__": { "type": "string", "title": "Proto", "examples": ["p"] },
    "constructor": { "type": "string", "airbyte_secret": true },
    "tunnel": {
      "type": "object",
      "properties": { "__proto__": { "type": "string", "airbyte_secret": true }, "port": { "type": "integer" } }
    }
  }
}`) as JSONSchema;
const defaults = JSON.parse('{"host": "db", "tunnel": {"port": 22}}') as Record<string, unknown>;
const formData = JSON.parse(
  '{"__proto__": "proto value", "constructor": "ctor-secret", "tunnel": {"__proto__": "tunnel-secret"}}',
) as unknown;

/** `key` is an own property of `object` holding `value`, and `object` is a plain object. */
function expectOwn(object: unknown, key: string, value: unknown): void {
  expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  expect(Object.hasOwn(object as object, key)).toBe(true);
  expect(Object.getOwnPropertyDescriptor(object, key)?.value).toEqual(value);
  expect(JSON.stringify(object)).toContain(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
}

const propertiesOf = (schema: JSONSchema | undefined) => schema?.properties as Record<string, JSONSchema>;

describe("fields named __proto__ and constructor", () => {
  const subtracted = subtractDefaults(spec, defaults);
  const userSchema = subtracted.schema;
  // The form's user schema leaves `__proto__` out (RJSF cannot hold that key); data filled another way (a template
  // default, a host's own form over the full spec) goes through the same functions.
  const fullSchema = normalizeSpec(spec).schema;
  const payload = buildPayload({ schema: fullSchema, formData, defaults });
  const full = mergeConfig(defaults, payload);

  it("stay properties of the normalised spec; constructor stays in the user schema", () => {
    expectOwn(fullSchema.properties, "__proto__", { type: "string", title: "Proto", examples: ["p"] });
    expect(Object.keys(propertiesOf(propertiesOf(fullSchema).tunnel))).toContain("__proto__");
    for (const schema of [fullSchema, userSchema]) {
      expectOwn(schema.properties, "constructor", { type: "string", airbyte_secret: true });
      expect(schema.required).toEqual(expect.arrayContaining(["constructor"]));
    }
    expect(userSchema.required).not.toContain("host");
  });

  it("__proto__ leaves the user schema with an unfillable_key warning: RJSF would drop what the user types", () => {
    expect(Object.hasOwn(propertiesOf(userSchema), "__proto__")).toBe(false);
    expect(userSchema.required).not.toContain("__proto__");
    expect(Object.getPrototypeOf(userSchema.properties)).toBe(Object.prototype);
    // With the tunnel's port defaulted nothing of it is left to fill; without defaults it stays, minus __proto__.
    expect(propertiesOf(userSchema).tunnel).toBeUndefined();
    const withoutDefaults = subtractDefaults(spec, {});
    expect(Object.keys(propertiesOf(propertiesOf(withoutDefaults.schema).tunnel))).toEqual(["port"]);
    expect(withoutDefaults.warnings.filter((w) => w.code === "unfillable_key").map((w) => w.path)).toEqual([
      "/__proto__",
      "/tunnel/__proto__",
    ]);
    // Set by the template instead, it is subtracted like any default (no warning) and merged into the config.
    const byTemplate = subtractDefaults(spec, JSON.parse('{"__proto__": "from template"}'));
    expect(byTemplate.defaultedPaths).toContain("/__proto__");
    expect(byTemplate.warnings.map((w) => w.path)).not.toContain("/__proto__");
  });

  it("get their own uiSchema entry", () => {
    const ui = toUiSchema(fullSchema);
    expect(Object.getPrototypeOf(ui)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(ui, "__proto__")?.value).toEqual({ "ui:placeholder": "p" });
    expect(ui["ui:order"]).toEqual(["host", "__proto__", "constructor", "tunnel", "*"]);
    expect(ui.constructor).toMatchObject({ "ui:widget": "SecretWidget" });
    expect(ui["ui:placeholder"]).toBeUndefined();
  });

  it("reach the payload (buildPayload) and the full configuration (mergeConfig)", () => {
    expectOwn(payload, "__proto__", "proto value");
    expectOwn(payload, "constructor", "ctor-secret");
    expectOwn(payload.tunnel, "__proto__", "tunnel-secret");
    expect(JSON.stringify(full)).toBe(
      '{"host":"db","tunnel":{"port":22,"__proto__":"tunnel-secret"},"__proto__":"proto value","constructor":"ctor-secret"}',
    );
    expectOwn(full, "__proto__", "proto value");
    expectOwn(full.tunnel, "__proto__", "tunnel-secret");
    expect(buildPayload({ schema: fullSchema, formData, defaults, includeDefaults: true })).toEqual(full);
  });

  it("are validated as fields (validateFullConfig), and missing ones are reported", () => {
    expect(validateFullConfig(spec, full)).toMatchObject({ valid: true, errors: [] });
    // ajv skips a property named `__proto__`, and under `additionalProperties: false` calls it unknown.
    const closed = { ...spec, additionalProperties: false } as JSONSchema;
    expect(validateFullConfig(closed, full)).toMatchObject({ valid: true, errors: [] });
    expect(validateFullConfig(closed, { ...full, extra: 1 }).errors).toEqual([
      {
        path: "/extra",
        message: "Unknown field extra",
        keyword: "additionalProperties",
        params: { additionalProperty: "extra" },
      },
    ]);
    expect(validateFullConfig(spec, { host: "db" }).errors).toEqual([
      {
        path: "/__proto__",
        message: "Proto is required",
        keyword: "required",
        params: { missingProperty: "__proto__" },
      },
      {
        path: "/constructor",
        message: "Constructor is required",
        keyword: "required",
        params: { missingProperty: "constructor" },
      },
    ]);
  });

  it("are redacted and collected when secret (redactSecrets, secretValues)", () => {
    const redacted = redactSecrets(spec, full);
    expectOwn(redacted, "__proto__", "proto value");
    expectOwn(redacted, "constructor", REDACTED);
    expectOwn(redacted.tunnel, "__proto__", REDACTED);
    expect(JSON.stringify(redacted)).not.toContain("secret");
    expect(secretValues(spec, full).sort()).toEqual(["ctor-secret", "tunnel-secret"]);
  });

  it("are never read from Object.prototype when the data lacks them", () => {
    const empty = buildPayload({ schema: normalizeSpec(spec).schema, formData: {}, defaults: {} });
    expect(Object.keys(empty)).toEqual([]);
    expect(Object.getPrototypeOf(empty)).toBe(Object.prototype);
    const withoutDefaults = subtractDefaults(spec, {});
    expect(withoutDefaults.defaultedPaths).toEqual([]);
    expect(Object.keys(propertiesOf(withoutDefaults.schema))).toEqual(["host", "constructor", "tunnel"]);
  });

  it("are redacted under a secret additionalProperties map", () => {
    const headers = {
      type: "object",
      properties: {
        headers: { type: "object", additionalProperties: { type: "string", airbyte_secret: true } },
      },
    } satisfies JSONSchema;
    const config = JSON.parse('{"headers": {"__proto__": "h-secret", "x": "x-secret"}}') as {
      headers: object;
    };
    const redacted = redactSecrets(headers, config);
    expectOwn(redacted.headers, "__proto__", REDACTED);
    expect(JSON.stringify(redacted)).toBe(`{"headers":{"__proto__":"${REDACTED}","x":"${REDACTED}"}}`);
    expect(secretValues(headers, config).sort()).toEqual(["h-secret", "x-secret"]);
  });
});
