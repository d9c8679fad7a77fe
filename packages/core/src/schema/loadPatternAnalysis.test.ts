// @vitest-environment node
// The tests of this file run in order: the first ones before the exact analysis is loaded.
import { allSources } from "@credential-form/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCatastrophicPattern } from "./isCatastrophicPattern.js";
import { loadPatternAnalysis } from "./loadPatternAnalysis.js";
import { mayBacktrack } from "./mayBacktrack.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { safeRegExp } from "./safeRegExp.js";

const SAFE_BUT_FLAGGED = "^data(\\/[\\w\\d]+)+$";
const EVIL = "^(a+)+$";
const spec = () => ({
  type: "object",
  properties: {
    path: { type: "string", pattern: SAFE_BUT_FLAGGED },
    evil: { type: "string", pattern: EVIL },
    plain: { type: "string", pattern: "^[a-z]+$" },
  },
});
const unsafePaths = (input: object) =>
  normalizeSpec(input)
    .warnings.filter((w) => w.code === "unsafe_pattern")
    .map((w) => w.path);

describe("mayBacktrack, the pre-check in the first load", () => {
  it("flags every pattern the exact analysis calls catastrophic (property)", () => {
    // Regex-shaped strings: atoms, groups (nested), alternations and quantifiers, some escaped or unbalanced.
    const quantifier = fc.constantFrom("", "", "*", "+", "?", "{2}", "{1,20}", "{3,}", "+?", "{5,10}");
    const { pattern } = fc.letrec<{ pattern: string; atom: string }>((tie) => ({
      atom: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom("a", "b", ".", "\\w", "\\d", "[a-z]", "\\/", "-", "\\)", "[)+]", "("),
        tie("pattern").map((inner) => `(${inner})`),
        tie("pattern").map((inner) => `(?:${inner}|x)`),
      ),
      pattern: fc
        .array(fc.tuple(tie("atom"), quantifier), { minLength: 1, maxLength: 4 })
        .map((items) => items.map(([atom, q]) => atom + q).join("")),
    }));
    let catastrophic = 0;
    fc.assert(
      fc.property(pattern, (source) => {
        if (!isCatastrophicPattern(source)) return;
        catastrophic++;
        expect(mayBacktrack(source), source).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(catastrophic).toBeGreaterThan(50);
  });

  it("flags the known catastrophic shapes, passes patterns without a repeated group", () => {
    for (const evil of [EVIL, "(\\w+\\s?)*$", "(x+x+)+y", "^([a-z]+.)+$", "^(\\d+){2,100}$"])
      expect(mayBacktrack(evil), evil).toBe(true);
    for (const plain of ["^[a-z]+$", "^\\d{4}-\\d{2}$", "^(https?://)?[\\w.]+$", "(ab)+"])
      expect(mayBacktrack(plain), plain).toBe(false);
  });

  it("before the analysis is loaded, a flagged pattern is dropped and not tested (conservative)", () => {
    expect(unsafePaths(spec())).toEqual(["/properties/path/pattern", "/properties/evil/pattern"]);
    expect(safeRegExp(SAFE_BUT_FLAGGED).test("nope")).toBe(true);
    expect(safeRegExp("^[a-z]+$").test("Nope")).toBe(false);
  });

  it("once loaded, only the catastrophic one is dropped; the safe one is kept and tested", async () => {
    await loadPatternAnalysis();
    expect(unsafePaths(spec())).toEqual(["/properties/evil/pattern"]);
    // The same tester, created before the load, now decides exactly.
    expect(safeRegExp(SAFE_BUT_FLAGGED).test("nope")).toBe(false);
    expect(safeRegExp(SAFE_BUT_FLAGGED).test("data/a/b")).toBe(true);
    expect(safeRegExp(EVIL).test(`${"a".repeat(30)}!`)).toBe(true);
  });

  it("no pattern of a real connector spec is dropped once loaded", async () => {
    await loadPatternAnalysis();
    const flagged = allSources().filter(
      (source) => unsafePaths(source.spec.connectionSpecification).length > 0,
    );
    expect(flagged.map((source) => source.dockerRepository)).toEqual([]);
  });
});
