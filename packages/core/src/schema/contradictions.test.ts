// @vitest-environment node
import { allSources, getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { validateFullConfig } from "./validateFullConfig.js";

/** A spec of one field, shaped like the real connector's. */
function field(property: Record<string, unknown>, required = true): JSONSchema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    required: required ? ["start_date"] : [],
    properties: { start_date: property },
  } as JSONSchema;
}

function accepts(spec: JSONSchema, value: unknown): boolean {
  return validateFullConfig(spec, { start_date: value }).valid;
}

function codes(spec: JSONSchema): string[] {
  return normalizeSpec(spec).warnings.map((warning) => `${warning.code} ${warning.path}`);
}

describe("a format contradicting its pattern", () => {
  it("drops `format: date` under a dd-mm-yyyy pattern: the pattern is the contract", () => {
    const spec = field({
      type: "string",
      title: "Start date",
      description: "Start date in dd-mm-yyyy",
      format: "date",
      pattern: "^[0-9]{2}-[0-9]{2}-[0-9]{4}$",
    });
    expect(codes(spec)).toEqual(["format_contradicts_pattern /properties/start_date/format"]);
    expect(accepts(spec, "15-01-2024")).toBe(true);
    expect(accepts(spec, "2024-01-15")).toBe(false);
  });

  it("drops `format: date` under a YYYY-MM pattern", () => {
    const spec = field({
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}$",
      examples: ["2024-01"],
    });
    expect(codes(spec)).toEqual(["format_contradicts_pattern /properties/start_date/format"]);
    expect(accepts(spec, "2024-01")).toBe(true);
  });

  it("drops `format: date-time` under a date-only pattern with a date-only example", () => {
    const spec = field({
      type: "string",
      format: "date-time",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      examples: ["2021-01-01"],
      default: "2021-01-01",
    });
    expect(codes(spec)).toEqual(["format_contradicts_pattern /properties/start_date/format"]);
    expect(accepts(spec, "2021-01-01")).toBe(true);
  });

  it("drops it when the spec's own examples match the pattern but not the format (source-salesforce)", () => {
    const real = getSource("airbyte/source-salesforce").spec.connectionSpecification;
    const startDate = (real.properties as Record<string, Record<string, unknown>>).start_date;
    expect(startDate?.format).toBe("date-time");
    expect(startDate?.examples).toContain("2021-07-25");
    const spec = field({ ...startDate }, false);
    expect(accepts(spec, "2021-07-25")).toBe(true);
    expect(accepts(spec, "2021-07-25T00:00:00Z")).toBe(true);
    expect(accepts(spec, "25-07-2021")).toBe(false);
  });

  it("keeps a format its pattern and examples agree with", () => {
    const spec = field({
      type: "string",
      format: "date-time",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
      examples: ["2021-03-01T00:00:00Z"],
    });
    expect(codes(spec)).toEqual([]);
    // The format still checks what the pattern cannot: a 13th month.
    expect(accepts(spec, "2021-13-01T00:00:00Z")).toBe(false);
  });
});

describe("a default of the wrong type", () => {
  it("converts a numeric string default to the declared number", () => {
    const spec = field({ type: "number", default: "1000" }, false);
    const { schema, warnings } = normalizeSpec(spec);
    expect(schema.properties?.start_date?.default).toBe(1000);
    expect(warnings.map((warning) => warning.code)).toEqual(["invalid_default"]);
  });

  it("converts booleans and numbers written as strings, or the other way round, when nothing is lost", () => {
    const spec = {
      type: "object",
      properties: {
        a: { type: "integer", default: "25" },
        b: { type: "boolean", default: "false" },
        c: { type: "string", default: 7 },
      },
    } as JSONSchema;
    const properties = normalizeSpec(spec).schema.properties ?? {};
    expect([properties.a?.default, properties.b?.default, properties.c?.default]).toEqual([25, false, "7"]);
  });

  it("drops a default that cannot be converted, or that the field's enum, const or pattern rejects", () => {
    const spec = {
      type: "object",
      properties: {
        a: { type: "integer", default: "1.5" },
        b: { type: "number", default: "soon" },
        c: { type: "string", enum: ["EU", "US"], default: "APAC" },
        d: { type: "string", const: "oauth", default: "api_key" },
        e: { type: "string", pattern: "^[0-9]+$", default: "abc" },
      },
    } as JSONSchema;
    const { schema, warnings } = normalizeSpec(spec);
    for (const key of ["a", "b", "c", "d", "e"]) expect(schema.properties?.[key]?.default).toBeUndefined();
    expect(warnings.filter((warning) => warning.code === "invalid_default")).toHaveLength(5);
  });
});

describe("JSON null in a type list", () => {
  it('reads `type: ["number", null]` as nullable number', () => {
    const spec = field({ type: ["number", null], title: "Lookback" });
    const { schema, warnings } = normalizeSpec(spec);
    expect(schema.properties?.start_date?.type).toEqual(["number", "null"]);
    expect(warnings.map((warning) => warning.code)).toEqual(["null_type_name"]);
    expect(accepts(spec, null)).toBe(true);
    expect(accepts(spec, 3)).toBe(true);
    expect(accepts(spec, "3")).toBe(false);
  });
});

describe("other contradictions", () => {
  it("drops limits out of order", () => {
    const spec = field({ type: "integer", minimum: 10, maximum: 1 });
    expect(codes(spec)).toEqual(["contradictory_limits /properties/start_date"]);
    expect(accepts(spec, 5)).toBe(true);
  });

  it("drops an enum that does not list the const", () => {
    const spec = field({ type: "string", const: "oauth2.0", enum: ["oauth2"] });
    expect(codes(spec)).toEqual(["const_outside_enum /properties/start_date/enum"]);
    expect(accepts(spec, "oauth2.0")).toBe(true);
  });

  it("drops examples the pattern rejects (source-open-exchange-rates' YYYY-MM-DD)", () => {
    const real = getSource("airbyte/source-open-exchange-rates").spec.connectionSpecification;
    const { schema, warnings } = normalizeSpec(real);
    expect(schema.properties?.start_date?.examples).toBeUndefined();
    expect(warnings.map((warning) => `${warning.code} ${warning.path}`)).toContain(
      "examples_rejected_by_pattern /properties/start_date/examples",
    );
  });

  it("shows a required field hidden without a default", () => {
    const spec = field({ type: "string", airbyte_hidden: true });
    const { schema, warnings } = normalizeSpec(spec);
    expect(schema.properties?.start_date?.airbyte_hidden).toBeUndefined();
    expect(schema.required).toEqual(["start_date"]);
    expect(warnings.map((warning) => warning.code)).toEqual(["hidden_required"]);
    const defaulted = field({ type: "string", airbyte_hidden: true, default: "x" });
    expect(normalizeSpec(defaulted).schema.properties?.start_date?.airbyte_hidden).toBe(true);
  });
});

describe("every real spec of the fixture, normalised", () => {
  /** Each leaf of a schema (no properties, no options) with its pointer. */
  function leaves(node: JSONSchema, path: string, out: [string, JSONSchema][]): [string, JSONSchema][] {
    const children = [
      ...Object.entries(node.properties ?? {}).map(
        ([key, child]) => [`${path}/properties/${key}`, child] as const,
      ),
      ...(node.oneOf ?? []).map((child, index) => [`${path}/oneOf/${index}`, child] as const),
      ...(node.items && !Array.isArray(node.items) ? [[`${path}/items`, node.items] as const] : []),
    ];
    if (children.length === 0) out.push([path, node]);
    for (const [pointer, child] of children) leaves(child as JSONSchema, pointer, out);
    return out;
  }

  it("has no leaf whose own default or examples it rejects", () => {
    const rejected: string[] = [];
    for (const source of allSources()) {
      const { schema } = normalizeSpec(source.spec.connectionSpecification);
      for (const [pointer, leaf] of leaves(schema, "", [])) {
        const wrapper = { type: "object", properties: { v: leaf }, required: ["v"] } as JSONSchema;
        const own = [
          ...(leaf.default === undefined ? [] : [leaf.default]),
          ...(Array.isArray(leaf.examples) ? leaf.examples : []),
        ];
        for (const value of own) {
          // An example may be shorter than a minLength (a hint, not a value); the pattern and format must accept it.
          if (
            !validateFullConfig(wrapper, { v: value }).errors.every((error) => error.keyword === "minLength")
          ) {
            rejected.push(`${source.dockerRepository} ${pointer} ${JSON.stringify(value)}`);
          }
        }
      }
    }
    expect(rejected).toEqual([]);
  });
});
