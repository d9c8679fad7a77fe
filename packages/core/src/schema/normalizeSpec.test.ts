// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { SpecError } from "./SpecError.js";

const real = (repository: string): JSONSchema =>
  getSource(repository).spec.connectionSpecification as JSONSchema;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("normalizeSpec", () => {
  it("throws a SpecError only for input that is not an object", () => {
    for (const input of [null, undefined, "spec", 3, ["a"]]) {
      expect(() => normalizeSpec(input)).toThrow(SpecError);
    }
    try {
      normalizeSpec(null);
    } catch (error) {
      expect((error as SpecError).code).toBe("not_an_object");
    }
    expect(normalizeSpec({}).schema).toEqual({ type: "object" });
  });

  it("never mutates its input, caches per spec object and is idempotent", () => {
    const spec = deepFreeze({
      type: "object",
      required: ["a", "a"],
      properties: { a: { tittle: "A", pattern: "^\\-$" }, b: "nonsense" },
    });
    const first = normalizeSpec(spec);
    expect(normalizeSpec(spec)).toBe(first);
    expect(normalizeSpec(first.schema)).toBe(first);
    expect(first.schema).not.toBe(spec);
    expect(first.schema.properties?.b).toEqual({ type: "string" });
    expect(first.warnings.map((w) => w.code)).toContain("invalid_schema");
  });

  it("treats keys named like Object.prototype members as plain keys, never as typos or prototypes", () => {
    const spec = JSON.parse(
      '{"type":"object","constructor":"x","properties":{"__proto__":{"type":"string","title":"Proto"},"toString":{"type":"integer"}}}',
    );
    const { schema, warnings } = normalizeSpec(spec);
    expect(warnings.filter((w) => w.code === "keyword_typo")).toEqual([]);
    expect(Object.keys(schema)).not.toContain("function Object() { [native code] }");
    const properties = schema.properties as Record<string, unknown>;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties)).toEqual(["__proto__", "toString"]);
    expect(Object.getOwnPropertyDescriptor(properties, "__proto__")?.value).toEqual({
      type: "string",
      title: "Proto",
    });
  });

  it("reads the `tittle` typo as title (GA4, the largest spec)", () => {
    const { schema, warnings } = normalizeSpec(real("airbyte/source-google-analytics-data-api"));
    const typo = warnings.filter((w) => w.code === "keyword_typo" && w.message.includes("tittle"));
    expect(typo.length).toBeGreaterThan(10);
    expect(JSON.stringify(schema)).not.toContain('"tittle"');
    const first = typo[0]?.path ?? "";
    const node = first
      .split("/")
      .slice(1)
      .reduce<unknown>((at, token) => (at as Record<string, unknown>)[token], schema) as JSONSchema;
    expect(typeof node.title).toBe("string");
  });

  it("keeps the real title when both `title` and `tittle` exist", () => {
    const { schema, warnings } = normalizeSpec({
      properties: { a: { type: "string", title: "Real", tittle: "Typo" } },
    });
    expect(schema.properties?.a?.title).toBe("Real");
    expect(schema.properties?.a).not.toHaveProperty("tittle");
    expect(warnings[0]?.message).toContain("ignored");
  });

  it("reads `desciption` as description (SpaceX API)", () => {
    const { schema, warnings } = normalizeSpec(real("airbyte/source-spacex-api"));
    expect(schema.properties?.id?.description).toBe("Optional, For a specific ID");
    expect(schema.properties?.options?.description).toMatch(/^Optional, Possible values/);
    expect(warnings.filter((w) => w.code === "keyword_typo").map((w) => w.path)).toEqual([
      "/properties/id",
      "/properties/options",
    ]);
  });

  it("removes duplicate required entries (Hellobaton)", () => {
    const { schema, warnings } = normalizeSpec(real("airbyte/source-hellobaton"));
    expect(schema.required).toEqual(["api_key", "company"]);
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: "/required", code: "duplicate_required" }),
    );
  });

  it("repairs patterns that do not compile under the `u` flag (Kyriba)", () => {
    const spec = real("airbyte/source-kyriba");
    const raw = spec.properties?.start_date?.pattern as string;
    expect(() => new RegExp(raw, "u")).toThrow();
    const { schema, warnings } = normalizeSpec(spec);
    const pattern = schema.properties?.start_date?.pattern as string;
    const regex = new RegExp(pattern, "u");
    expect(regex.test("2021-01-10")).toBe(true);
    expect(regex.test("2021-13-10")).toBe(false);
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: "/properties/start_date/pattern", code: "pattern_repaired" }),
    );
  });

  it("drops a pattern that cannot be repaired, with a warning", () => {
    const { schema, warnings } = normalizeSpec({ properties: { a: { type: "string", pattern: "[z-a]" } } });
    expect(schema.properties?.a).not.toHaveProperty("pattern");
    expect(warnings).toEqual([
      expect.objectContaining({ path: "/properties/a/pattern", code: "invalid_pattern" }),
    ]);
  });

  it("infers a missing type (Kafka's untyped discriminator) and from enum, properties, items", () => {
    const { schema } = normalizeSpec(real("airbyte/source-kafka"));
    const avro = schema.properties?.MessageFormat?.oneOf?.[1];
    expect(avro?.type).toBe("object");
    expect(avro?.properties?.deserialization_type).toEqual({ const: "AVRO", type: "string" });
    const small = normalizeSpec({
      properties: {
        n: { enum: [1, 2] },
        o: { properties: {} },
        l: { items: { type: "string" } },
        d: { format: "date" },
        x: { description: "no hint" },
      },
    }).schema.properties;
    expect([small?.n?.type, small?.o?.type, small?.l?.type, small?.d?.type, small?.x?.type]).toEqual([
      "integer",
      "object",
      "array",
      "string",
      "string",
    ]);
  });

  it("converts or drops examples of the wrong type, and moves item examples to the items", () => {
    const { schema, warnings } = normalizeSpec({
      properties: {
        port: { type: "integer", examples: ["5432", "not a port"] },
        name: { type: "string", examples: "single" },
        repos: { type: "array", items: { type: "string" }, examples: ["org/repo"] },
      },
    });
    expect(schema.properties?.port?.examples).toEqual([5432]);
    expect(schema.properties?.name?.examples).toEqual(["single"]);
    expect(schema.properties?.repos).not.toHaveProperty("examples");
    expect(schema.properties?.repos?.items).toEqual({ type: "string", examples: ["org/repo"] });
    expect(warnings.filter((w) => w.code === "invalid_examples")).toHaveLength(3);
    const github = normalizeSpec(real("airbyte/source-github")).schema;
    expect((github.properties?.repositories?.items as JSONSchema | undefined)?.examples).toContain(
      "airbytehq/airbyte",
    );
  });

  it("turns a oneOf default naming an option into that option's discriminator (Azure Blob Storage)", () => {
    const spec = real("airbyte/source-azure-blob-storage");
    expect(spec.properties?.delivery_method?.default).toBe("use_records_transfer");
    const { schema, warnings } = normalizeSpec(spec);
    expect(schema.properties?.delivery_method?.default).toEqual({ delivery_type: "use_records_transfer" });
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: "/properties/delivery_method/default", code: "oneof_default_option" }),
    );
    const options = [
      { title: "Basic", properties: { kind: { const: "basic" } } },
      { title: "OAuth", properties: { kind: { const: "oauth" } } },
    ];
    const byTitle = normalizeSpec({
      properties: { auth: { type: "object", default: "oauth", oneOf: options } },
    });
    expect(byTitle.schema.properties?.auth?.default).toEqual({ kind: "oauth" });
    const unknown = normalizeSpec({
      properties: { auth: { type: "object", default: "Nope", oneOf: options } },
    });
    expect(unknown.schema.properties?.auth).not.toHaveProperty("default");
  });

  it("reads numeric `min`/`max`/`mininum` as minimum/maximum (MongoDB, Facebook Marketing)", () => {
    const mongo = normalizeSpec(real("airbyte/source-mongodb-v2")).schema;
    expect(mongo.properties?.initial_waiting_seconds).toMatchObject({ minimum: 120, maximum: 1200 });
    expect(mongo.properties?.initial_waiting_seconds).not.toHaveProperty("min");
    const facebook = normalizeSpec(real("airbyte/source-facebook-marketing")).schema;
    expect(facebook.properties?.insights_job_timeout?.minimum).toBe(10);
  });

  it("moves an enum of item values from an array to its items (CIMIS)", () => {
    const { schema } = normalizeSpec(real("airbyte/source-cimis"));
    const items = schema.properties?.daily_data_items;
    expect(items).not.toHaveProperty("enum");
    expect((items?.items as JSONSchema | undefined)?.enum).toContain("day-air-tmp-avg");
  });

  it("recovers child schemas written without `properties` (Newsdata) and inlines allOf (Facebook)", () => {
    const news = normalizeSpec(real("airbyte/source-newsdata")).schema;
    expect(Object.keys(news.properties?.OneOf?.properties ?? {})).toEqual(["query", "query_in_title"]);
    expect(news.properties?.OneOf?.type).toBe("object");
    const facebook = normalizeSpec(real("airbyte/source-facebook-marketing")).schema;
    const period = (facebook.properties?.custom_insights?.items as JSONSchema | undefined)?.properties
      ?.time_increment_period;
    expect(period).toMatchObject({
      type: "string",
      enum: ["daily", "weekly", "monthly"],
      title: "Time Increment Period",
    });
    expect(period).not.toHaveProperty("allOf");
  });

  it("normalises the schemas of conditionals: then, else, dependencies (schema form) and dependentSchemas", () => {
    const { schema, warnings } = normalizeSpec({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "string" } },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
      then: { properties: { t: { type: "string", airbyte_secret: "true", tittle: "T" } } },
      else: { properties: { e: { airbyte_secret: "true", enum: ["x"] } } },
      dependencies: {
        a: { properties: { d: { type: "string", airbyte_secret: "true" } } },
        b: ["a"],
        c: false,
        o: { oneOf: [{ properties: { p: { type: "string", airbyte_secret: "true" } } }] },
      },
      dependentSchemas: { b: { properties: { s: { type: "string", airbyte_secret: "true" } } } },
    });
    const property = (node: unknown, key: string) =>
      (node as { properties: Record<string, JSONSchema> }).properties[key];
    expect(property(schema.then, "t")).toEqual({ type: "string", airbyte_secret: true, title: "T" });
    expect(property(schema.else, "e")).toMatchObject({ type: "string", airbyte_secret: true });
    expect(property(schema.dependencies?.a, "d")?.airbyte_secret).toBe(true);
    expect(property(schema.dependentSchemas?.b, "s")?.airbyte_secret).toBe(true);
    const dependentOneOf = schema.dependencies?.o as JSONSchema;
    expect(property(dependentOneOf.oneOf?.[0], "p")?.airbyte_secret).toBe(true);
    // The required-keys form and a boolean schema stay as they are.
    expect(schema.dependencies?.b).toEqual(["a"]);
    expect(schema.dependencies?.c).toBe(false);
    expect(warnings.map((w) => w.path)).toContain("/dependencies/a/properties/d/airbyte_secret");
  });
});
