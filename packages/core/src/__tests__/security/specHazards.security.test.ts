import { allSources } from "@credential-form/test-utils";
import { describe, expect, it, vi } from "vitest";
import { interpretSchema } from "../../schema/interpretSchema.js";
import { isCatastrophicPattern } from "../../schema/isCatastrophicPattern.js";
import type { JSONSchema } from "../../schema/JSONSchema.js";
import { normalizeSpec } from "../../schema/normalizeSpec.js";
import { safeRegExp } from "../../schema/safeRegExp.js";
import { validateFullConfig } from "../../schema/validateFullConfig.js";

const EVIL = "^(a+)+$";
/** A value that makes `^(a+)+$` backtrack for seconds (2^30 paths). */
const ATTACK = `${"a".repeat(30)}!`;

/**
 * Runs `run` and counts the regular-expression runs on `input` (every `test`, `match`, `replace` and `exec` goes
 * through `RegExp.prototype.exec`). Zero proves a pattern was never run on that value, whatever the machine's load:
 * a timed bound would fail on a loaded CI machine (how fast these answer is the bench's to measure).
 */
function regExpRunsOn<T>(input: string, run: () => T): { result: T; runs: number } {
  const exec = vi.spyOn(RegExp.prototype, "exec");
  try {
    const result = run();
    return { result, runs: exec.mock.calls.filter(([value]) => value === input).length };
  } finally {
    exec.mockRestore();
  }
}

describe("freezes from spec strings: catastrophic patterns", () => {
  it.each([EVIL, "(\\w+\\s?)*$", "(x+x+)+y", "^([a-z]+.)+$", "^(\\d+){2,100}$"])(
    "%s is recognised",
    (pattern) => {
      expect(isCatastrophicPattern(pattern)).toBe(true);
    },
  );

  it("no pattern of a real connector spec is taken for one", () => {
    const patterns = new Set<string>();
    JSON.stringify(allSources(), (key, value: unknown) => {
      if (key === "pattern" && typeof value === "string") patterns.add(value);
      return value;
    });
    expect(patterns.size).toBeGreaterThan(20);
    expect([...patterns].filter(isCatastrophicPattern)).toEqual([]);
  });

  it("normalizeSpec drops it with an unsafe_pattern warning", () => {
    const { schema, warnings } = normalizeSpec({
      type: "object",
      properties: { name: { type: "string", pattern: EVIL }, ok: { type: "string", pattern: "^[a-z]+$" } },
    });
    expect(schema.properties?.name?.pattern).toBeUndefined();
    expect(schema.properties?.ok?.pattern).toBe("^[a-z]+$");
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: "/properties/name/pattern", code: "unsafe_pattern" }),
    );
  });

  it("submit validation (ajv) answers at once", () => {
    const spec: JSONSchema = { type: "object", properties: { name: { type: "string", pattern: EVIL } } };
    const { result, runs } = regExpRunsOn(ATTACK, () => validateFullConfig(spec, { name: ATTACK }));
    expect(result.valid).toBe(true);
    expect(runs).toBe(0);
    // The count sees a pattern that does run: a safe one on the same value.
    const safe: JSONSchema = { type: "object", properties: { name: { type: "string", pattern: "^a+$" } } };
    expect(regExpRunsOn(ATTACK, () => validateFullConfig(safe, { name: ATTACK })).runs).toBeGreaterThan(0);
  });

  it("the eval-free interpreter answers at once, even on a spec that was never normalised", () => {
    const spec: JSONSchema = {
      type: "object",
      properties: { name: { type: "string", pattern: EVIL } },
      patternProperties: { [EVIL]: { type: "number" } },
    };
    const { result, runs } = regExpRunsOn(ATTACK, () => interpretSchema(spec, { name: ATTACK, [ATTACK]: 1 }));
    expect(result).toEqual([]);
    expect(runs).toBe(0);
    const safe: JSONSchema = {
      type: "object",
      properties: { name: { type: "string", pattern: "^a+$" } },
      patternProperties: { "^a+$": { type: "number" } },
    };
    expect(regExpRunsOn(ATTACK, () => interpretSchema(safe, { name: ATTACK, [ATTACK]: 1 })).runs).toBe(2);
  });

  it("values longer than 10,000 characters are not tested in the browser (the server checks them)", () => {
    const tester = safeRegExp("^\\s*\\S+\\s*x$");
    const long = `${" ".repeat(10_001)}`;
    // The pattern backtracks quadratically on a long run of spaces: it is not run on such a value at all.
    const { result, runs } = regExpRunsOn(long, () => tester.test(long));
    expect(result).toBe(true);
    expect(runs).toBe(0);
    expect(regExpRunsOn(" ab y", () => tester.test(" ab y")).runs).toBe(1);
    expect(tester.test(" ab y")).toBe(false);
    expect(tester.test(" ab x")).toBe(true);
  });
});

describe("a step budget in interpretSchema", () => {
  it("a self-referential allOf yields an ajv-shaped budget error instead of hanging", () => {
    const spec = { allOf: [{ $ref: "#" }, { $ref: "#" }] } as JSONSchema;
    // The test's end proves the bound; hitting it shows as the budget error (no timed bound: the bench measures speed).
    const result = interpretSchema(spec, {});
    expect(result).toEqual([
      {
        keyword: "budget",
        instancePath: "",
        schemaPath: "#",
        params: { limit: 100_000 },
        parentSchema: spec,
      },
    ]);
  });
});

describe("deep specs and $ref hazards in normalizeSpec", () => {
  it("a spec nested 10,000 levels deep is cut with a warning, never a RangeError", () => {
    let spec: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 10_000; i++) spec = { type: "object", properties: { child: spec } };
    const { schema, warnings } = normalizeSpec(spec);
    expect(warnings).toContainEqual(expect.objectContaining({ code: "too_deep" }));
    expect(JSON.stringify(schema).length).toBeLessThan(10_000);
    // The cut spec is usable downstream.
    expect(validateFullConfig(spec as JSONSchema, {}).valid).toBe(true);
  });

  it("a $ref naming nothing is dropped with an unresolved_ref warning", () => {
    const { schema, warnings } = normalizeSpec({
      type: "object",
      properties: { a: { $ref: "#/definitions/missing" }, b: { $ref: "https://example.com/remote.json" } },
    });
    expect(schema.properties?.a?.$ref).toBeUndefined();
    expect(warnings.filter((w) => w.code === "unresolved_ref").map((w) => w.path)).toEqual([
      "/properties/a/$ref",
      "/properties/b/$ref",
    ]);
  });

  it("a $ref cycle is broken with a ref_cycle warning; a plain reference is kept", () => {
    const { schema, warnings } = normalizeSpec({
      type: "object",
      definitions: {
        loop: { $ref: "#/definitions/loop" },
        tree: { type: "object", properties: { child: { $ref: "#/definitions/tree" } } },
        host: { type: "string" },
      },
      properties: {
        a: { $ref: "#/definitions/loop" },
        t: { $ref: "#/definitions/tree" },
        h: { $ref: "#/definitions/host" },
      },
      allOf: [{ $ref: "#" }],
    });
    const cycles = warnings.filter((w) => w.code === "ref_cycle").map((w) => w.path);
    expect(cycles).toContain("/definitions/loop/$ref");
    expect(cycles).toContain("/definitions/tree/properties/child/$ref");
    expect(cycles).toContain("/allOf/0/$ref");
    expect(schema.properties?.h?.$ref).toBe("#/definitions/host");
    // What is left validates in bounded time with both validators.
    expect(validateFullConfig(schema, { h: 1 }).errors.map((e) => e.path)).toEqual(["/h"]);
    expect(interpretSchema(schema, { h: 1 }).map((e) => e.keyword)).toEqual(["type"]);
  });
});
