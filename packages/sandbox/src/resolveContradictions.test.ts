// @vitest-environment node
import { allSources, loadPatternAnalysis, sampleValidInput } from "@credential-form/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { validateConfig } from "./validateConfig.js";

// Exact: a safe pattern the pre-check flags is kept (and generated for), as the sandbox keeps it.
beforeAll(loadPatternAnalysis);

const loc = { locPrefix: [] };

function field(property: Record<string, unknown>): Record<string, unknown> {
  return { type: "object", required: ["start_date"], properties: { start_date: property } };
}

function accepts(spec: Record<string, unknown>, value: unknown): boolean {
  return validateConfig(spec, { start_date: value }, loc).length === 0;
}

describe("contradictions the server resolves", () => {
  it("treats a date format its pattern contradicts as an annotation", () => {
    const ddmmyyyy = field({ type: "string", format: "date", pattern: "^[0-9]{2}-[0-9]{2}-[0-9]{4}$" });
    expect(accepts(ddmmyyyy, "15-01-2024")).toBe(true);
    expect(accepts(ddmmyyyy, "2024-01-15")).toBe(false);
    const month = field({ type: "string", format: "date", pattern: "^[0-9]{4}-[0-9]{2}$" });
    expect(accepts(month, "2024-01")).toBe(true);
    const dateOnly = field({
      type: "string",
      format: "date-time",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$",
      examples: ["2021-07-25", "2021-07-25T00:00:00Z"],
    });
    expect(accepts(dateOnly, "2021-07-25")).toBe(true);
  });

  it("keeps a format the pattern and examples agree with", () => {
    const spec = field({
      type: "string",
      format: "date-time",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
      examples: ["2021-03-01T00:00:00Z"],
    });
    expect(accepts(spec, "2021-03-01T00:00:00Z")).toBe(true);
    expect(accepts(spec, "2021-13-01T00:00:00Z")).toBe(false);
  });

  it("reads null in a type list as the type name, and ignores limits out of order and an enum without the const", () => {
    expect(accepts(field({ type: ["number", null] }), null)).toBe(true);
    expect(accepts(field({ type: ["number", null] }), "1")).toBe(false);
    expect(accepts(field({ type: "integer", minimum: 10, maximum: 1 }), 5)).toBe(true);
    expect(accepts(field({ type: "string", const: "oauth2.0", enum: ["oauth2"] }), "oauth2.0")).toBe(true);
  });
});

describe("the sandbox accepts what the library's generators call valid", () => {
  it("accepts a sampled valid config of every real spec", () => {
    const refused: string[] = [];
    for (const source of allSources()) {
      const spec = source.spec.connectionSpecification;
      for (const seed of [undefined, 1, 2]) {
        const config = sampleValidInput(spec, seed === undefined ? {} : { seed });
        const errors = validateConfig(spec, config, loc);
        if (errors.length > 0) refused.push(`${source.dockerRepository}: ${JSON.stringify(errors)}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
