// @vitest-environment node
import { allSources, arbitraryValidInput } from "@credential-form/test-utils";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import type { ConfigError } from "./ConfigError.js";
import { interpretSchema, type SchemaError } from "./interpretSchema.js";
import type { JSONSchema, JSONSchemaTypeName } from "./JSONSchema.js";
import type { validateFullConfig } from "./validateFullConfig.js";

/** The errors without their parent schemas, for readable expectations. */
function summary(errors: SchemaError[]) {
  return errors.map(({ keyword, instancePath, schemaPath, params }) => ({
    keyword,
    instancePath,
    schemaPath,
    params,
  }));
}

describe("interpretSchema", () => {
  it("reports types, required, unknown fields and nested paths as ajv does", () => {
    const schema: JSONSchema = {
      type: "object",
      required: ["host", "port", "host"],
      additionalProperties: false,
      properties: {
        host: { type: "string", minLength: 2 },
        port: { type: ["integer", "null"], minimum: 1, maximum: 65535 },
        "a/b": { type: "object", properties: { "c~d": { type: "boolean" } } },
      },
    };
    const errors = interpretSchema(schema, { host: "h", port: 70000, "a/b": { "c~d": "yes" }, extra: 1 });
    expect(errors[0]).toEqual({
      keyword: "minLength",
      instancePath: "/host",
      schemaPath: "#/properties/host/minLength",
      params: { limit: 2 },
      parentSchema: schema.properties?.host,
    });
    expect(summary(errors).slice(1)).toEqual([
      {
        keyword: "maximum",
        instancePath: "/port",
        schemaPath: "#/properties/port/maximum",
        params: { comparison: "<=", limit: 65535 },
      },
      {
        keyword: "type",
        instancePath: "/a~1b/c~0d",
        schemaPath: "#/properties/a~1b/properties/c~0d/type",
        params: { type: "boolean" },
      },
      {
        keyword: "additionalProperties",
        instancePath: "",
        schemaPath: "#/additionalProperties",
        params: { additionalProperty: "extra" },
      },
    ]);
    expect(summary(interpretSchema(schema, { port: "80" }))).toEqual([
      {
        keyword: "required",
        instancePath: "",
        schemaPath: "#/required",
        params: { missingProperty: "host" },
      },
      {
        keyword: "type",
        instancePath: "/port",
        schemaPath: "#/properties/port/type",
        params: { type: ["integer", "null"] },
      },
    ]);
    // A property set to undefined is missing (ajv with ownProperties), and an inherited one is not there.
    expect(
      interpretSchema(
        schema,
        Object.assign(Object.create({ host: "inherited" }), { host: undefined, port: null }),
      ),
    ).toEqual([expect.objectContaining({ keyword: "required", params: { missingProperty: "host" } })]);
    expect(interpretSchema(schema, { host: "db", port: 5432 })).toEqual([]);
  });

  it("checks enum, const, patterns (with the u flag), formats and string lengths in code points", () => {
    const schema: JSONSchema = {
      type: "object",
      properties: {
        region: { enum: ["eu", "us"] },
        kind: { const: { a: [1] } },
        key: { type: "string", pattern: "^\\p{Lu}+$" },
        start: { type: "string", format: "date" },
        email: { type: "string", format: "email" },
        count: { type: "number", format: "int32" },
        name: { type: "string", maxLength: 2 },
        note: { type: "string", format: "no-such-format" },
      },
    };
    const bad = {
      region: "ap",
      kind: { a: [2] },
      key: "abc",
      start: "2024-02-30",
      email: "x",
      count: 2 ** 40,
      name: "abc",
      note: "?",
    };
    expect(summary(interpretSchema(schema, bad)).map((e) => [e.instancePath, e.keyword])).toEqual([
      ["/region", "enum"],
      ["/kind", "const"],
      ["/key", "pattern"],
      ["/start", "format"],
      ["/email", "format"],
      ["/count", "format"],
      ["/name", "maxLength"],
    ]);
    const good = {
      region: "eu",
      kind: { a: [1] },
      key: "ÄB",
      start: "2024-02-29",
      email: "a@b.co",
      count: 7,
      name: "😀😀",
      note: "?",
    };
    expect(interpretSchema(schema, good)).toEqual([]);
  });

  it("reports oneOf, anyOf, not and if/then with their branches' errors only when they fail", () => {
    const oneOf: JSONSchema = {
      oneOf: [
        { type: "object", required: ["a"], properties: { mode: { const: "A" } } },
        { type: "object", required: ["b"], properties: { mode: { const: "B" } } },
      ],
    };
    expect(interpretSchema(oneOf, { mode: "A", a: 1 })).toEqual([]);
    expect(summary(interpretSchema(oneOf, { mode: "A" })).map((e) => e.schemaPath)).toEqual([
      "#/oneOf/0/required",
      "#/oneOf/1/required",
      "#/oneOf/1/properties/mode/const",
      "#/oneOf",
    ]);
    expect(interpretSchema(oneOf, { a: 1, b: 2 }).at(-1)?.params).toEqual({ passingSchemas: [0, 1] });
    expect(interpretSchema({ anyOf: [{ type: "string" }, { type: "integer" }] }, 1)).toEqual([]);
    expect(
      summary(interpretSchema({ anyOf: [{ type: "string" }, { type: "integer" }] }, 1.5)).map(
        (e) => e.keyword,
      ),
    ).toEqual(["type", "type", "anyOf"]);
    expect(summary(interpretSchema({ not: { type: "null" } }, null))).toEqual([
      { keyword: "not", instancePath: "", schemaPath: "#/not", params: {} },
    ]);
    const conditional: JSONSchema = {
      if: { properties: { ssl: { const: true } } },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
      then: { required: ["cert"] },
    };
    expect(summary(interpretSchema(conditional, { ssl: true })).map((e) => e.keyword)).toEqual([
      "required",
      "if",
    ]);
    expect(interpretSchema(conditional, { ssl: false })).toEqual([]);
  });

  it("checks arrays: items, tuples, bounds, unique items and contains", () => {
    const schema: JSONSchema = {
      type: "array",
      items: { type: "string" },
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
      contains: { const: "x" },
    };
    expect(
      summary(interpretSchema(schema, ["a", 2, "a", "b"])).map((e) => [e.instancePath, e.keyword]),
    ).toEqual([
      ["/1", "type"],
      ["", "maxItems"],
      ["", "uniqueItems"],
      ["", "contains"],
    ]);
    expect(interpretSchema(schema, ["x", "y"])).toEqual([]);
    const tuple: JSONSchema = { items: [{ type: "string" }, { type: "integer" }], additionalItems: false };
    expect(summary(interpretSchema(tuple, ["a", "b", 3])).map((e) => [e.instancePath, e.keyword])).toEqual([
      ["/1", "type"],
      ["/2", "false schema"],
    ]);
  });

  it("follows local $refs (also against a separate root), ignores unresolvable ones and stops on cycles", () => {
    const root: JSONSchema = {
      definitions: { port: { type: "integer" } },
      properties: { port: { $ref: "#/definitions/port" }, other: { $ref: "https://example.com/x.json" } },
    };
    expect(summary(interpretSchema(root, { port: "80", other: 1 }))).toEqual([
      {
        keyword: "type",
        instancePath: "/port",
        schemaPath: "#/definitions/port/type",
        params: { type: "integer" },
      },
    ]);
    expect(interpretSchema({ $ref: "#/definitions/port" }, "80", root)).toHaveLength(1);
    expect(interpretSchema({ $ref: "#" }, 1)).toEqual([]);
    // Percent-encoded pointers are decoded; a bare % is read as written.
    const named: JSONSchema = { definitions: { "a b": { type: "string" }, "100%": { type: "string" } } };
    expect(interpretSchema({ $ref: "#/definitions/a%20b" }, 1, named)).toHaveLength(1);
    expect(interpretSchema({ $ref: "#/definitions/100%" }, 1, named)).toHaveLength(1);
  });

  it("applies patternProperties, additionalProperties schemas, propertyNames, dependencies and property counts", () => {
    const schema: JSONSchema = {
      type: "object",
      properties: { a: {} },
      patternProperties: { "^x_": { type: "number" } },
      additionalProperties: { type: "string" },
      propertyNames: { maxLength: 3 },
      dependencies: { a: ["b"], c: { required: ["d"] } },
      maxProperties: 3,
    };
    expect(
      summary(interpretSchema(schema, { a: 1, x_1: "n", zzzz: 2, c: "s" })).map((e) => [
        e.instancePath,
        e.keyword,
      ]),
    ).toEqual([
      ["/x_1", "type"],
      ["/zzzz", "type"],
      ["", "maxLength"],
      ["", "maxProperties"],
      ["", "dependencies"],
      ["", "required"],
    ]);
  });
});

// The same validation with ajv and with the interpreter, on every real spec: what a user sees must not depend on
// whether the page allows `'unsafe-eval'`.
async function loadValidateFullConfig(
  canCompile: boolean,
  { loadInterpreter = true } = {},
): Promise<typeof validateFullConfig> {
  vi.resetModules();
  vi.doMock("./canCompileSchemas.js", () => ({ canCompileSchemas: () => canCompile }));
  const module = await import("./validateFullConfig.js");
  if (loadInterpreter) await (await import("./loadSchemaInterpreter.js")).loadSchemaInterpreter();
  vi.doUnmock("./canCompileSchemas.js");
  return module.validateFullConfig;
}

describe("validateFullConfig where ajv cannot compile", () => {
  const spec: JSONSchema = {
    type: "object",
    required: ["host"],
    properties: { host: { type: "string" }, port: { $ref: "#/definitions/port" } },
    definitions: { port: { type: "integer", maximum: 65535 } },
  };

  it("reports one form-level error until the interpreter is loaded, then validates with it", async () => {
    const validate = await loadValidateFullConfig(false, { loadInterpreter: false });
    expect(validate(spec, {}).errors).toEqual([
      {
        path: "",
        message: "The connector specification cannot be used for validation",
        keyword: "schema",
        params: { reason: "unavailable" },
      },
    ]);
    await (await import("./loadSchemaInterpreter.js")).loadSchemaInterpreter();
    expect(validate(spec, { port: 70000 })).toEqual({
      valid: false,
      errors: [
        {
          path: "/host",
          message: "Host is required",
          keyword: "required",
          params: { missingProperty: "host" },
        },
        {
          path: "/port",
          message: "Must be at most 65535",
          keyword: "maximum",
          params: { comparison: "<=", limit: 65535 },
        },
      ],
      warnings: [],
    });
    expect(validate(spec, { host: "db", port: 5432 }).valid).toBe(true);
  });

  it("falls back to the interpreter, with a warning, for a spec ajv rejects", async () => {
    const validate = await loadValidateFullConfig(true);
    const broken: JSONSchema = {
      ...spec,
      // ajv refuses two sub-schemas claiming one `$id` (a `$ref` naming nothing is dropped by normalizeSpec).
      properties: { ...spec.properties, a: { $id: "#same" }, b: { $id: "#same" } },
    };
    // Interpreted until compiled; once the (idle-time) compile has failed, the result says so.
    const codes = (result: ReturnType<typeof validate>) => result.warnings.map((warning) => warning.code);
    expect(codes(validate(broken, { port: "80" }))).not.toContain("validator_failed");
    expect((await import("./precompileFullConfig.js")).precompileFullConfig(broken)).toBe(false);
    const result = validate(broken, { port: "80" });
    expect(result.errors.map((error) => error.path)).toEqual(["/host", "/port"]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "validator_failed" }));
  });
});

function sorted(errors: readonly ConfigError[]): string[] {
  return errors.map((e) => `${e.path} ${e.keyword} ${e.message}`).sort();
}

const DELETE = Symbol("delete");
const badValue = fc.constantFrom<unknown>(
  DELETE,
  "",
  "not valid!",
  " ",
  -1,
  0,
  3.5,
  1e12,
  true,
  null,
  [],
  {},
  ["x", "x"],
  { x: 1 },
);

/** Every pointer into a value (objects' keys and arrays' indexes), as token lists. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  const keys = isArray(value)
    ? value.map((_, i) => String(i))
    : isPlainObject(value)
      ? Object.keys(value)
      : [];
  for (const key of keys) {
    const next = [...prefix, key];
    out.push(next, ...paths((value as Record<string, unknown>)[key], next));
  }
  return out;
}

/** A copy of `config` with some values replaced by wrong ones, deleted, or an unknown field added. */
function mutate(
  config: Record<string, unknown>,
  edits: [number, unknown][],
  extra: boolean,
): Record<string, unknown> {
  const copy = structuredClone(config) as Record<string, unknown>;
  for (const [index, value] of edits) {
    const all = paths(copy);
    const path = all[index % Math.max(all.length, 1)];
    if (!path) break;
    let parent: Record<string, unknown> = copy;
    for (const token of path.slice(0, -1)) parent = parent[token] as Record<string, unknown>;
    const last = path.at(-1) as string;
    if (value === DELETE) {
      if (isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      parent[last] = structuredClone(value);
    }
  }
  if (extra) copy.not_in_the_spec = "?";
  return copy;
}

describe("interpretSchema against ajv on every real spec", async () => {
  // Without the interpreter loaded, validateFullConfig compiles with ajv.
  const withAjv = await loadValidateFullConfig(true, { loadInterpreter: false });
  const interpreted = await loadValidateFullConfig(false);
  const sources = allSources();
  const runs = Number(process.env.SPEC_RUNS ?? 12);

  it.each(sources.map((source) => [source.dockerRepository, source] as const))("%s", (_name, source) => {
    const spec = source.spec.connectionSpecification as JSONSchema;
    const config = fc.tuple(
      arbitraryValidInput(spec),
      fc.array(fc.tuple(fc.nat(), badValue), { maxLength: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(config, ([valid, edits, extra]) => {
        const input = mutate(valid, edits, extra);
        const expected = withAjv(spec, input);
        const actual = interpreted(spec, input);
        // The same errors; their order may differ (ajv checks some keywords in another order), and the form
        // shows them by field and focuses the first invalid field in document order.
        expect({ valid: actual.valid, errors: sorted(actual.errors) }).toEqual({
          valid: expected.valid,
          errors: sorted(expected.errors),
        });
      }),
      { numRuns: runs, seed: 20261202 },
    );
    // The interpreter is not a fallback for a spec ajv rejects here: no warning says so.
    expect(interpreted(spec, {}).warnings.map((w) => w.code)).not.toContain("validator_failed");
  });
});

describe("interpretSchema against ajv on uniqueItems", async () => {
  const withAjv = await loadValidateFullConfig(true, { loadInterpreter: false });
  const interpreted = await loadValidateFullConfig(false);
  const both = (list: JSONSchema, data: unknown) => {
    const spec: JSONSchema = { type: "object", properties: { list } };
    const errors = (validate: typeof validateFullConfig) =>
      validate(spec, { list: data })
        .errors.map((error) => JSON.stringify(error))
        .sort();
    return { actual: errors(interpreted), expected: errors(withAjv) };
  };

  // ajv compares only the items of `items`' scalar types: `[1, 1]` of strings fails `type` twice, not `uniqueItems`
  // (the interpreter reported a duplicate); the pair it reports is the one found scanning from the last item.
  it.each<[JSONSchema, unknown[]]>([
    [{ type: "array", items: { type: "string" }, uniqueItems: true }, [1, 1]],
    [{ type: "array", items: { type: "string" }, uniqueItems: true }, [{}, {}, "a"]],
    [{ type: "array", items: { type: "integer" }, uniqueItems: true }, [1.5, 1.5, 2]],
    [{ type: "array", items: { type: ["string", "number"] }, uniqueItems: true }, [null, null, "1", 1]],
    [{ type: "array", items: { type: "boolean" }, uniqueItems: true }, [1, 1, true, true]],
    [{ type: "array", items: { type: "string" }, uniqueItems: true }, ["a", "b", "a", "b"]],
    [{ type: "array", items: { type: "object" }, uniqueItems: true }, [1, 1]],
    [{ type: "array", items: [{ type: "string" }], uniqueItems: true }, [1, 1]],
    [{ type: "array", uniqueItems: true }, ["a", "b", { x: [1] }, "a", { x: [1] }]],
  ])("%j on %j", (list, data) => {
    const { actual, expected } = both(list, data);
    expect(actual).toEqual(expected);
  });

  it("agrees on arrays of mixed values under any items type", () => {
    const scalar = fc.constantFrom<unknown>("a", "1", "", 1, 0, 1.5, true, false, null);
    const value = fc.oneof(scalar, fc.constantFrom<unknown>({}, { a: 1 }, [], [1]));
    const type = fc.constantFrom<JSONSchemaTypeName>(
      "string",
      "number",
      "integer",
      "boolean",
      "null",
      "object",
      "array",
    );
    const items = fc.oneof(
      fc.constant<JSONSchema | undefined>(undefined),
      type.map((name): JSONSchema => ({ type: name })),
      fc.uniqueArray(type, { minLength: 1, maxLength: 3 }).map((names): JSONSchema => ({ type: names })),
    );
    fc.assert(
      fc.property(items, fc.array(value, { maxLength: 6 }), (itemSchema, data) => {
        const list: JSONSchema = {
          type: "array",
          uniqueItems: true,
          ...(itemSchema ? { items: itemSchema } : {}),
        };
        const { actual, expected } = both(list, data);
        expect(actual).toEqual(expected);
      }),
      { seed: 20261203 },
    );
  });
});
