// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";

const real = (repository: string): JSONSchema =>
  getSource(repository).spec.connectionSpecification as JSONSchema;

const auth: JSONSchema = {
  type: "object",
  title: "Authentication",
  order: 0,
  oneOf: [
    {
      title: "API key",
      required: ["auth_type", "api_key"],
      properties: {
        auth_type: { type: "string", const: "api_key" },
        api_key: { type: "string", airbyte_secret: true },
        region: { type: "string" },
      },
    },
    {
      title: "OAuth",
      required: ["auth_type", "client_id", "client_secret"],
      properties: {
        auth_type: { type: "string", const: "oauth" },
        client_id: { type: "string" },
        client_secret: { type: "string", airbyte_secret: true },
        region: { type: "string" },
      },
    },
  ],
};

const spec: JSONSchema = {
  type: "object",
  required: ["host", "port", "credentials", "host"],
  properties: {
    host: { type: "string", title: "Host" },
    port: { type: "integer", default: 5432 },
    ssl: {
      type: "object",
      properties: { mode: { type: "string" }, ca: { type: "string" } },
      required: ["mode"],
    },
    credentials: auth,
    legacy: { type: "string", airbyte_hidden: true },
    internal: { type: "string", airbyte_hidden: true },
    "a/b": { type: "string" },
  },
};
spec.required?.push("internal");

describe("subtractDefaults", () => {
  it("removes defaulted fields from the schema and from required, and reports JSON pointers", () => {
    const result = subtractDefaults(spec, { host: "db.example.com", "a/b": "x" });
    expect(result.schema.properties).not.toHaveProperty("host");
    expect(result.schema.properties).not.toHaveProperty("a/b");
    expect(result.schema.required).toEqual(["port", "credentials", "internal"]);
    expect(result.defaultedPaths).toEqual(["/host", "/a~1b"]);
  });

  it("de-duplicates required (Hellobaton) and keeps the rest of a real spec", () => {
    const hellobaton = real("airbyte/source-hellobaton");
    expect(subtractDefaults(hellobaton, {}).schema.required).toEqual(["api_key", "company"]);
    const result = subtractDefaults(hellobaton, { company: "acme" });
    expect(result.schema.required).toEqual(["api_key"]);
    expect(Object.keys(result.schema.properties ?? {})).toEqual(["api_key"]);
  });

  it("subtracts deeply, and an object whose every field is defaulted disappears", () => {
    const partial = subtractDefaults(spec, { ssl: { mode: "require" } });
    expect(partial.schema.properties?.ssl?.properties).toEqual({ ca: { type: "string" } });
    expect(partial.defaultedPaths).toEqual(["/ssl/mode"]);
    const full = subtractDefaults(spec, { ssl: { mode: "require", ca: "---" } });
    expect(full.schema.properties).not.toHaveProperty("ssl");
    expect(full.defaultedPaths).toEqual(["/ssl/mode", "/ssl/ca"]);
  });

  it("makes an optional object required when the defaults create it and it still needs fields", () => {
    const withRequired: JSONSchema = {
      type: "object",
      properties: {
        tunnel: { type: "object", required: ["host", "user"], properties: { host: {}, user: {} } },
      },
    };
    const result = subtractDefaults(withRequired, { tunnel: { host: "jump" } });
    expect(result.schema.required).toEqual(["tunnel"]);
    expect(result.schema.properties?.tunnel?.required).toEqual(["user"]);
  });

  it("collapses a oneOf to the option the defaults' discriminator names, and subtracts inside it", () => {
    const result = subtractDefaults(spec, { credentials: { auth_type: "oauth", client_id: "id" } });
    const credentials = result.schema.properties?.credentials;
    expect(credentials).not.toHaveProperty("oneOf");
    expect(credentials?.title).toBe("Authentication");
    expect(Object.keys(credentials?.properties ?? {})).toEqual(["client_secret", "region"]);
    expect(credentials?.required).toEqual(["client_secret"]);
    expect(result.defaultedPaths).toEqual(["/credentials/auth_type", "/credentials/client_id"]);
    expect(result.uiSchemaHints.collapsedOneOf).toEqual({
      "/credentials": { optionTitle: "OAuth", discriminator: "auth_type", value: "oauth" },
    });
  });

  it("collapses a oneOf to the only option having the defaulted fields, keeping its discriminator required", () => {
    const result = subtractDefaults(spec, { credentials: { client_id: "id" } });
    const credentials = result.schema.properties?.credentials;
    expect(credentials?.properties?.auth_type).toEqual({ type: "string", const: "oauth" });
    expect(credentials?.required).toEqual(["auth_type", "client_secret"]);
    expect(result.uiSchemaHints.collapsedOneOf["/credentials"]?.optionTitle).toBe("OAuth");
  });

  it("keeps the oneOf and subtracts each option when the defaults do not choose one", () => {
    const result = subtractDefaults(spec, { credentials: { region: "eu" } });
    const options = result.schema.properties?.credentials?.oneOf ?? [];
    expect(options).toHaveLength(2);
    for (const option of options) expect(option.properties).not.toHaveProperty("region");
    expect(result.defaultedPaths).toEqual(["/credentials/region"]);
    expect(result.uiSchemaHints.collapsedOneOf).toEqual({});
  });

  it("leaves the choice to the user when the defaults name an unknown option", () => {
    const result = subtractDefaults(spec, { credentials: { auth_type: "saml" } });
    const options = result.schema.properties?.credentials?.oneOf ?? [];
    expect(options.map((option) => option.properties?.auth_type?.const)).toEqual(["api_key", "oauth"]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: "unknown_option", path: "/credentials/auth_type" }),
    );
  });

  it("narrows the options to those whose fixed values agree with the defaults (Freshdesk plans)", () => {
    const freshdesk = real("airbyte/source-freshdesk");
    const pro = subtractDefaults(freshdesk, {
      rate_limit_plan: { general_rate_limit: 400, tickets_rate_limit: 100 },
    });
    const plan = pro.schema.properties?.rate_limit_plan;
    const remaining = plan?.oneOf?.map((option) => option.title) ?? [plan?.properties?.plan_type?.const];
    expect(remaining).toEqual(["Pro Plan", "Custom Plan"]);
  });

  it("drops optional airbyte_hidden fields but keeps required ones", () => {
    const result = subtractDefaults(spec, {});
    expect(result.schema.properties).not.toHaveProperty("legacy");
    expect(result.schema.properties).toHaveProperty("internal");
  });

  it("never shows a default or examples for a secret", () => {
    const secretSpec: JSONSchema = {
      type: "object",
      properties: { token: { type: "string", airbyte_secret: true, default: "changeme", examples: ["abc"] } },
    };
    expect(subtractDefaults(secretSpec, {}).schema.properties?.token).toEqual({
      type: "string",
      airbyte_secret: true,
    });
    const kafka = subtractDefaults(real("airbyte/source-kafka"), {
      protocol: { security_protocol: "SASL_SSL" },
    });
    expect(kafka.schema.properties?.protocol?.properties?.sasl_jaas_config).not.toHaveProperty("default");
  });

  it("uses a template's user_config_spec as given", () => {
    const userSpec: JSONSchema = {
      type: "object",
      required: ["api_key", "api_key"],
      properties: { api_key: { type: "string", airbyte_secret: true, tittle: "Key" } },
    };
    const result = subtractDefaults(spec, { host: "db", ssl: { mode: "require" } }, { userSpec });
    expect(result.schema).toEqual({
      type: "object",
      required: ["api_key"],
      properties: { api_key: { type: "string", airbyte_secret: true, title: "Key" } },
    });
    expect(result.defaultedPaths).toEqual(["/host", "/ssl/mode"]);
  });

  it("never mutates its inputs and never puts a default value in a warning", () => {
    const defaults = {
      credentials: { auth_type: "kerberos", secret: "s3cr3t-value" },
      host: "h",
      nope: "s3cr3t-value",
    };
    const before = JSON.stringify({ spec, defaults });
    const result = subtractDefaults(spec, defaults);
    expect(JSON.stringify({ spec, defaults })).toBe(before);
    const codes = result.warnings.map((w) => w.code).filter((code) => code.startsWith("unknown"));
    expect(codes).toEqual(["unknown_option", "unknown_default"]);
    expect(JSON.stringify(result.warnings)).not.toContain("s3cr3t-value");
  });

  it("passes the normalisation warnings on (Kyriba's repaired patterns)", () => {
    const result = subtractDefaults(real("airbyte/source-kyriba"), { domain: "demo.kyriba.com" });
    expect(result.warnings.filter((w) => w.code === "pattern_repaired")).toHaveLength(2);
    expect(result.schema.required).toEqual(["username", "password", "start_date"]);
  });

  describe("no cache (prepareForm runs it once per form; the query cache keeps that)", () => {
    const ga = () => real("airbyte/source-google-analytics-data-api");

    it("returns an equal, fresh result for the same spec and equal defaults (key order ignored)", () => {
      const first = subtractDefaults(ga(), { property_ids: ["1"], date_ranges_start_date: "2024-01-01" });
      const again = subtractDefaults(ga(), { date_ranges_start_date: "2024-01-01", property_ids: ["1"] });
      expect(again).not.toBe(first);
      expect(again).toEqual(first);
      // The normalised spec gives the same result as the raw one it came from.
      const fromNormalized = subtractDefaults(normalizeSpec(ga()).schema, {
        property_ids: ["1"],
        date_ranges_start_date: "2024-01-01",
      });
      expect(fromNormalized).toEqual(first);
      expect(toUiSchema(again.schema, again.uiSchemaHints)).toEqual(
        toUiSchema(first.schema, first.uiSchemaHints),
      );
    });

    it("computes a different result for different defaults, another user spec or another spec object", () => {
      const none = subtractDefaults(ga(), {});
      const some = subtractDefaults(ga(), { property_ids: ["1"] });
      const other = subtractDefaults(ga(), { property_ids: ["2"] });
      expect(some).not.toBe(none);
      expect(other).not.toBe(some);
      expect(Object.keys(none.schema.properties ?? {})).toContain("property_ids");
      expect(Object.keys(some.schema.properties ?? {})).not.toContain("property_ids");
      expect(other.defaultedPaths).toEqual(some.defaultedPaths);
      const userSpec: JSONSchema = { type: "object", properties: { api_key: { type: "string" } } };
      const withUserSpec = subtractDefaults(ga(), { property_ids: ["1"] }, { userSpec });
      expect(withUserSpec).not.toBe(some);
      expect(Object.keys(withUserSpec.schema.properties ?? {})).toEqual(["api_key"]);
      expect(subtractDefaults(ga(), { property_ids: ["1"] }, { userSpec })).toEqual(withUserSpec);
      const copy = JSON.parse(JSON.stringify(ga())) as JSONSchema;
      const fromCopy = subtractDefaults(copy, {});
      expect(fromCopy).not.toBe(none);
      expect(fromCopy.schema).toEqual(none.schema);
    });
  });
});

describe("a oneOf the template defaults already fit, its options still open", () => {
  it("is not required of the user (Typeform: an access token defaulted, no auth_type)", () => {
    const spec = real("airbyte/source-typeform");
    expect(spec.required).toContain("credentials");
    const result = subtractDefaults(spec, { credentials: { access_token: "partner-token" } });
    expect(result.schema.properties?.credentials?.oneOf).toBeDefined();
    expect(result.schema.required ?? []).not.toContain("credentials");
  });

  it("is still required when the defaults complete no option", () => {
    const spec = real("airbyte/source-typeform");
    const result = subtractDefaults(spec, { credentials: { client_id: "partner-client" } });
    expect(result.schema.required).toContain("credentials");
  });
});
