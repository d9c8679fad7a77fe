// @vitest-environment node
import { type JSONSchema, normalizeSpec, validateFullConfig } from "@credential-form/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getSource } from "./registry.js";
import { arbitraryTemplateDefaults, arbitraryValidInput, sampleValidInput } from "./specSamples.js";

const real = (repository: string): JSONSchema =>
  getSource(repository).spec.connectionSpecification as JSONSchema;

describe("spec samples", () => {
  it("gives a deterministic, readable valid input with required fields only", () => {
    const hellobaton = real("airbyte/source-hellobaton");
    const sample = sampleValidInput(hellobaton);
    expect(sample).toEqual({ api_key: "secret-api_key", company: "sample-company" });
    expect(sampleValidInput(hellobaton)).toEqual(sample);
    expect(validateFullConfig(hellobaton, sample).valid).toBe(true);
  });

  it("satisfies patterns, formats, enums, consts and minItems", () => {
    const schema: JSONSchema = {
      type: "object",
      required: ["day", "at", "mail", "code", "pick", "fixed", "list", "n"],
      properties: {
        day: { type: "string", format: "date" },
        at: {
          type: "string",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
          format: "date-time",
        },
        mail: { type: "string", format: "email" },
        code: { type: "string", pattern: "^[A-Z]{3}-[0-9]{4}$" },
        pick: { type: "string", enum: ["x", "y"] },
        fixed: { type: "string", const: "c" },
        list: {
          type: "array",
          minItems: 2,
          uniqueItems: true,
          items: { type: "string", enum: ["a", "b", "c"] },
        },
        n: { type: "integer", minimum: 10, maximum: 20 },
      },
    };
    for (const seed of [undefined, 1, 2, 3]) {
      const sample = sampleValidInput(schema, seed === undefined ? {} : { seed });
      expect(validateFullConfig(schema, sample).errors).toEqual([]);
    }
  });

  it("picks the first oneOf option with its discriminator, or a seeded one", () => {
    const kafka = real("airbyte/source-kafka");
    expect(sampleValidInput(kafka).protocol).toEqual({ security_protocol: "PLAINTEXT" });
    const chosen = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(sampleValidInput(kafka, { seed }).protocol)),
    );
    expect(chosen.size).toBeGreaterThan(1);
  });

  it("generates valid inputs with optional fields, and defaults that pick oneOf options (Oracle)", () => {
    const oracle = real("airbyte/source-oracle");
    fc.assert(
      fc.property(arbitraryValidInput(oracle), (input) => {
        expect(validateFullConfig(oracle, input).errors).toEqual([]);
      }),
      { numRuns: 20, seed: 42 },
    );
    const tunnels = fc
      .sample(arbitraryTemplateDefaults(oracle), { numRuns: 60, seed: 1 })
      .map((defaults) => (defaults.tunnel_method as Record<string, unknown> | undefined)?.tunnel_method)
      .filter((value) => value !== undefined);
    expect(new Set(tunnels).size).toBeGreaterThan(1);
    expect(normalizeSpec(oracle).schema.properties?.tunnel_method?.oneOf).toHaveLength(3);
  });
});
