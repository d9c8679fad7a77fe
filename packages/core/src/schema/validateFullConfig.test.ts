// @vitest-environment node
import { getSource, sampleValidInput } from "@credential-form/test-utils";
import { Ajv } from "ajv";
import { describe, expect, it, vi } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { validateFullConfig as validateWithParams } from "./validateFullConfig.js";

// Most cases below pin path, message and keyword; the ajv params each error also carries are pinned on their own.
const validateFullConfig: typeof validateWithParams = (spec, config) => {
  const result = validateWithParams(spec, config);
  return { ...result, errors: result.errors.map(({ params: _params, ...error }) => error) };
};

const real = (repository: string): JSONSchema =>
  getSource(repository).spec.connectionSpecification as JSONSchema;

describe("validateFullConfig", () => {
  it("accepts a valid configuration of a real spec", () => {
    const github = real("airbyte/source-github");
    const config = {
      credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_x" },
      repositories: ["airbytehq/airbyte"],
      start_date: "2021-03-01T00:00:00Z",
    };
    const result = validateFullConfig(github, config);
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
  });

  it("carries ajv's params (constants and field names, never the value) for re-wording the message", () => {
    const spec: JSONSchema = {
      type: "object",
      required: ["api_key"],
      properties: { api_key: { type: "string" }, name: { type: "string", minLength: 8 } },
    };
    expect(validateWithParams(spec, { name: "secret1" }).errors).toEqual([
      {
        path: "/api_key",
        message: "Api key is required",
        keyword: "required",
        params: { missingProperty: "api_key" },
      },
      { path: "/name", message: "Must be at least 8 characters", keyword: "minLength", params: { limit: 8 } },
    ]);
  });

  it("reports a missing required field as a JSON pointer with its title (Hellobaton's API Key)", () => {
    const result = validateFullConfig(real("airbyte/source-hellobaton"), { company: "acme" });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { path: "/api_key", message: "API Key is required", keyword: "required" },
    ]);
  });

  it("uses pattern_descriptor for pattern and format errors (GitHub start date)", () => {
    const result = validateFullConfig(real("airbyte/source-github"), {
      credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_x" },
      repositories: ["airbytehq/airbyte"],
      start_date: "yesterday",
    });
    // format and pattern both fail: one message per field and text.
    expect(result.errors).toEqual([
      { path: "/start_date", message: "Must match the format: YYYY-MM-DDTHH:mm:ssZ", keyword: "pattern" },
    ]);
  });

  it("reports only the errors of the oneOf option the configuration selects", () => {
    const github = real("airbyte/source-github");
    const result = validateFullConfig(github, {
      credentials: { option_title: "OAuth Credentials" },
      repositories: ["airbytehq/airbyte"],
    });
    expect(result.errors).toEqual([
      { path: "/credentials/access_token", message: "Access Token is required", keyword: "required" },
    ]);
    const unselected = validateFullConfig(github, { credentials: {}, repositories: ["a/b"] });
    expect(unselected.errors).toEqual([
      { path: "/credentials", message: "Choose one of the options of Authentication", keyword: "oneOf" },
    ]);
  });

  it("selects oneOf options inside array items per item (GA4 custom reports)", () => {
    const ga4 = real("airbyte/source-google-analytics-data-api");
    const base = sampleValidInput(ga4);
    const report = { name: "r", dimensions: ["date"], metrics: ["sessions"] };
    const result = validateFullConfig(ga4, {
      ...base,
      custom_reports_array: [
        { ...report, cohortSpec: { enabled: "false" } },
        { ...report, cohortSpec: { enabled: "true", cohorts: "not a list" } },
      ],
    });
    expect(result.errors).toEqual([
      { path: "/custom_reports_array/1/cohortSpec/cohorts", message: "Must be a list", keyword: "type" },
    ]);
  });

  it("validates with patterns repaired for the `u` flag instead of throwing (Kyriba)", () => {
    const kyriba = real("airbyte/source-kyriba");
    const config = { domain: "demo.kyriba.com", username: "u", password: "p", start_date: "2021-01-10" };
    const result = validateFullConfig(kyriba, config);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(["pattern_repaired", "pattern_repaired"]);
    expect(validateFullConfig(kyriba, { ...config, start_date: "2021-13-10" }).errors).toEqual([
      {
        path: "/start_date",
        message: "Must match the pattern: ^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$",
        keyword: "pattern",
      },
    ]);
  });

  it("treats Airbyte keywords as annotations and validates formats", () => {
    const spec: JSONSchema = {
      type: "object",
      properties: {
        at: {
          type: "string",
          format: "date-time",
          order: 0,
          airbyte_secret: false,
          always_show: true,
          group: "x",
        },
        day: { type: "string", format: "date" },
        n: { type: "integer", minimum: 1 },
      },
    };
    expect(validateFullConfig(spec, { at: "2024-01-01T00:00:00Z", day: "2024-01-01", n: 1 }).valid).toBe(
      true,
    );
    expect(validateFullConfig(spec, { at: "nope", day: "01/01/2024", n: 0 }).errors).toEqual([
      { path: "/at", message: "Must be a valid date and time (YYYY-MM-DDTHH:mm:ssZ)", keyword: "format" },
      { path: "/day", message: "Must be a valid date (YYYY-MM-DD)", keyword: "format" },
      { path: "/n", message: "Must be at least 1", keyword: "minimum" },
    ]);
  });

  it("accepts specs declaring JSON Schema 2019-09", () => {
    const spec: JSONSchema = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      type: "object",
      required: ["a"],
      properties: { a: { type: "string", minLength: 2 } },
    };
    expect(validateFullConfig(spec, { a: "ok" }).valid).toBe(true);
    expect(validateFullConfig(spec, { a: "x" }).errors[0]?.message).toBe("Must be at least 2 characters");
  });

  it("never puts a secret value in a message", () => {
    const spec: JSONSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        token: { type: "string", airbyte_secret: true, pattern: "^tok_", maxLength: 8, enum: ["tok_a"] },
        pin: { type: "integer", airbyte_secret: true },
      },
    };
    const secret = "super-secret-value-123";
    const result = validateFullConfig(spec, { token: secret, pin: secret, [secret]: 1 });
    expect(result.errors.length).toBeGreaterThanOrEqual(4);
    for (const error of result.errors) {
      if (error.keyword !== "additionalProperties") expect(error.message).not.toContain(secret);
    }
    expect(
      result.errors.filter((error) => error.message.includes(secret)).map((error) => error.path),
    ).toEqual([`/${secret}`]);
  });

  it("reuses the compiled validator for the same spec (submit repeated, 250-field spec)", () => {
    // A copy no other test has seen: the cache is per spec object, so the first call must compile, exactly once.
    const ga4 = structuredClone(real("airbyte/source-google-analytics-data-api"));
    const config = sampleValidInput(ga4);
    const compile = vi.spyOn(Ajv.prototype, "compile");
    try {
      for (let i = 0; i < 20; i++) expect(validateFullConfig(ga4, config).valid).toBe(true);
      expect(compile).toHaveBeenCalledTimes(1);
    } finally {
      compile.mockRestore();
    }
  });

  it("rejects a configuration that is not an object", () => {
    expect(validateFullConfig(real("airbyte/source-hellobaton"), "nope").errors).toEqual([
      { path: "", message: "Must be an object", keyword: "type" },
    ]);
  });
});
