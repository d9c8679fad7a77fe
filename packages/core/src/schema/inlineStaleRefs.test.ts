// @vitest-environment node
import { danglingRefs } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { planOAuth } from "../oauth/planOAuth.js";
import { toOAuthSchema } from "../oauth/toOAuthSchema.js";
import { inlineStaleRefs } from "./inlineStaleRefs.js";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { prepareForm } from "./prepareForm.js";
import { prepareSubmission } from "./prepareSubmission.js";
import type { SpecWarning } from "./SpecWarning.js";

/** A field of the spec that holds `ref` at one of the places the engine did not inline refs before. */
const LOCATIONS: Record<string, (ref: string) => JSONSchema> = {
  anyOf: (ref) => ({ title: "Mirror", anyOf: [{ $ref: ref }, { type: "null" }] }),
  items: (ref) => ({ title: "Mirror", type: "array", items: { $ref: ref } }),
  additionalProperties: (ref) => ({ title: "Mirror", type: "object", additionalProperties: { $ref: ref } }),
};
const COMPANY: JSONSchema = { type: "string", title: "Company", minLength: 3 };
const submit = (prepared: ReturnType<typeof prepareForm>, formData: Record<string, unknown>) =>
  prepareSubmission({ prepared, formData, flavour: { sendsTemplateDefaults: true } });
/** The schema the ref names in the user schema, wherever LOCATIONS put it. */
const named = (mirror: JSONSchema | undefined): JSONSchema | undefined =>
  (mirror?.anyOf?.[0] ?? mirror?.items ?? mirror?.additionalProperties) as JSONSchema | undefined;
/** A value of `mirror` holding `value` where the ref is. */
const holding = (location: string, value: unknown): unknown =>
  location === "items" ? [value] : location === "additionalProperties" ? { any: value } : value;

describe.each(Object.keys(LOCATIONS))(
  "a $ref under %s into a field the engine removed or changed",
  (location) => {
    const mirror = LOCATIONS[location] as (ref: string) => JSONSchema;

    it("defaulted by the template: inlined as the spec's field, and validated as it", () => {
      const spec: JSONSchema = {
        type: "object",
        required: ["company"],
        properties: { company: COMPANY, mirror: mirror("#/properties/company") },
      };
      const prepared = prepareForm(spec, { partialDefaultConfig: { company: "acme" } });
      expect(prepared.schema.properties).not.toHaveProperty("company");
      expect(danglingRefs(prepared.schema)).toEqual([]);
      expect(named(prepared.schema.properties?.mirror)).toMatchObject({ type: "string", minLength: 3 });
      expect(submit(prepared, { mirror: holding(location, "globex") }).errors).toEqual([]);
      expect(submit(prepared, { mirror: holding(location, "ab") }).errors).not.toEqual([]);
    });

    it("an optional airbyte_hidden field (left out of the form)", () => {
      const spec: JSONSchema = {
        type: "object",
        properties: { company: { ...COMPANY, airbyte_hidden: true }, mirror: mirror("#/properties/company") },
      };
      const prepared = prepareForm(spec);
      expect(prepared.schema.properties).not.toHaveProperty("company");
      expect(danglingRefs(prepared.schema)).toEqual([]);
      expect(named(prepared.schema.properties?.mirror)).toMatchObject({ type: "string" });
    });

    it("a field named __proto__ (unfillable, left out of the form)", () => {
      // As JSON.parse gives it: an own property named `__proto__` (an object literal would set the prototype).
      const spec = JSON.parse(
        JSON.stringify({
          type: "object",
          properties: { PROTO: COMPANY, mirror: mirror("#/properties/PROTO") },
        }).replaceAll("PROTO", "__proto__"),
      ) as JSONSchema;
      expect(Object.hasOwn(spec.properties ?? {}, "__proto__")).toBe(true);
      const prepared = prepareForm(spec);
      expect(Object.hasOwn(prepared.schema.properties ?? {}, "__proto__")).toBe(false);
      expect(danglingRefs(prepared.schema)).toEqual([]);
      expect(named(prepared.schema.properties?.mirror)).toMatchObject({ type: "string", minLength: 3 });
    });

    it("an option of a oneOf the template's defaults collapse", () => {
      const option = (kind: string, field: string): JSONSchema => ({
        type: "object",
        required: ["kind", field],
        properties: { kind: { const: kind }, [field]: { type: "string" } },
      });
      const spec: JSONSchema = {
        type: "object",
        properties: {
          auth: { type: "object", oneOf: [option("key", "api_key"), option("oauth", "token")] },
          mirror: mirror("#/properties/auth/oneOf/1"),
        },
      };
      const prepared = prepareForm(spec, { partialDefaultConfig: { auth: { kind: "key" } } });
      expect(prepared.schema.properties?.auth?.oneOf).toBeUndefined();
      expect(danglingRefs(prepared.schema)).toEqual([]);
      expect(named(prepared.schema.properties?.mirror)?.required).toEqual(["kind", "token"]);
    });

    it("a secret field the defaults set: inlined without the spec's default and examples", () => {
      const password: JSONSchema = {
        type: "string",
        airbyte_secret: true,
        default: "hunter22",
        examples: ["x"],
      };
      const spec: JSONSchema = {
        type: "object",
        properties: { password, mirror: mirror("#/properties/password") },
      };
      const prepared = prepareForm(spec, { partialDefaultConfig: { password: "template-secret" } });
      expect(danglingRefs(prepared.schema)).toEqual([]);
      const inlined = named(prepared.schema.properties?.mirror);
      expect(inlined).toMatchObject({ type: "string", airbyte_secret: true });
      expect(inlined).not.toHaveProperty("default");
      expect(inlined).not.toHaveProperty("examples");
    });

    it("a refs chain through definitions whose last link names a defaulted field", () => {
      const spec: JSONSchema = {
        type: "object",
        definitions: { alias: { $ref: "#/properties/company" } },
        properties: { company: COMPANY, mirror: mirror("#/definitions/alias") },
      };
      const prepared = prepareForm(spec, { partialDefaultConfig: { company: "acme" } });
      expect(danglingRefs(prepared.schema)).toEqual([]);
      expect(submit(prepared, { mirror: holding(location, "ab") }).errors).not.toEqual([]);
    });

    it("a hidden OAuth output (the OAuth view of the spec validation runs against)", () => {
      const spec: JSONSchema = {
        type: "object",
        required: ["credentials"],
        properties: {
          credentials: {
            type: "object",
            required: ["access_token"],
            properties: { access_token: { type: "string", airbyte_secret: true, minLength: 3 } },
          },
          mirror: mirror("#/properties/credentials/properties/access_token"),
        },
      };
      const { schema } = normalizeSpec(spec);
      const plan = planOAuth(schema, {
        auth_flow_type: "oauth2.0",
        oauth_config_specification: {
          complete_oauth_output_specification: {
            properties: {
              access_token: { type: "string", path_in_connector_config: ["credentials", "access_token"] },
            },
          },
        },
      });
      expect(plan?.hiddenPaths).toEqual(["/credentials/access_token"]);
      const view = toOAuthSchema(schema, plan as NonNullable<typeof plan>);
      expect(view.properties?.credentials?.properties).toEqual({});
      expect(danglingRefs(view)).toEqual([]);
      expect(named(view.properties?.mirror)).toMatchObject({ type: "string", minLength: 3 });
    });
  },
);

describe("a $ref into a schema normalizeSpec drops as a hazard", () => {
  it("a ref into an unsafe patternProperties entry is dropped as unresolved, not left dangling", () => {
    const spec: JSONSchema = {
      type: "object",
      properties: {
        tags: { type: "object", patternProperties: { "^(a+)+$": { type: "string", minLength: 2 } } },
        mirror: { anyOf: [{ $ref: "#/properties/tags/patternProperties/%5E(a+)+$" }] },
      },
    };
    const { schema, warnings } = normalizeSpec(spec);
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["unsafe_pattern", "unresolved_ref"]));
    expect(danglingRefs(schema)).toEqual([]);
    expect(danglingRefs(prepareForm(spec).schema)).toEqual([]);
  });
});

describe("inlineStaleRefs", () => {
  const source = normalizeSpec({
    type: "object",
    definitions: { port: { type: "integer" } },
    properties: { a: { type: "string" }, b: { anyOf: [{ $ref: "#/properties/a" }] } },
  }).schema;

  it("keeps a ref that still names the spec's node, and the schema itself when nothing is stale", () => {
    const derived = { ...source, properties: { ...source.properties } };
    expect(inlineStaleRefs(derived, source)).toBe(derived);
  });

  it("never mutates the derived schema nor the spec", () => {
    const derived: JSONSchema = { ...source, properties: { b: source.properties?.b as JSONSchema } };
    const before = JSON.stringify([derived, source]);
    const repaired = inlineStaleRefs(derived, source);
    expect(JSON.stringify([derived, source])).toBe(before);
    expect(repaired.properties?.b?.anyOf).toEqual([{ type: "string" }]);
  });

  it("drops (with a warning) a ref that names nothing in either schema", () => {
    const warnings: SpecWarning[] = [];
    const derived: JSONSchema = {
      type: "object",
      properties: { x: { $ref: "#/definitions/gone", title: "X" } },
    };
    expect(inlineStaleRefs(derived, source, warnings).properties?.x).toEqual({ title: "X" });
    expect(warnings).toEqual([
      { path: "/properties/x/$ref", code: "unresolved_ref", message: expect.any(String) },
    ]);
  });

  it("ends on a spec whose refs fan out exponentially (each inlined at most 1000 times)", () => {
    const definitions: Record<string, JSONSchema> = { d30: { type: "string" } };
    for (let i = 29; i >= 0; i--)
      definitions[`d${i}`] = {
        type: "object",
        properties: { l: { $ref: `#/definitions/d${i + 1}` }, r: { $ref: `#/definitions/d${i + 1}` } },
      };
    const spec = normalizeSpec({
      type: "object",
      definitions,
      properties: { x: { anyOf: [{ $ref: "#/definitions/d0" }] } },
    }).schema;
    const derived: JSONSchema = { type: "object", properties: spec.properties as Record<string, JSONSchema> };
    // Every inlined node, and every node inside one, passes through `clean` once: counting its calls shows the work
    // is bounded by the cap (2^31 refs without it), with no timed bound a loaded machine could miss.
    let cleaned = 0;
    let inlined = 0;
    const warnings: SpecWarning[] = [];
    const repaired = inlineStaleRefs(derived, spec, warnings, (node) => {
      cleaned++;
      if (node.$ref === undefined) inlined++;
      return node;
    });
    expect(inlined).toBe(1000);
    expect(cleaned).toBeLessThanOrEqual(3 * 1000 + 1);
    expect(warnings.length).toBeGreaterThan(0);
    expect(danglingRefs(repaired)).toEqual([]);
    // Not silently: the repair stopped, and says so once.
    expect(warnings.filter((w) => w.code === "too_complex")).toHaveLength(1);
  });
});
