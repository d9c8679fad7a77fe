// @vitest-environment node
// The sandbox emulates Airbyte's server with a validator of its own (packages/sandbox/src/validateConfig.ts), on
// purpose independent of core's validateFullConfig. These tests keep the two in step where a disagreement would
// mislead: which fields are required, and how a oneOf option is chosen by its discriminator. They live here
// because test-utils is the one package that depends on both.
import {
  findDiscriminator,
  type JSONSchema,
  loadPatternAnalysis,
  normalizeSpec,
  validateFullConfig,
} from "@credential-form/core";
import { validateConfig } from "@credential-form/sandbox";
import { beforeAll, describe, expect, it } from "vitest";
import { allSources } from "./registry.js";
import { sampleValidInput } from "./specSamples.js";

// Exact: a safe pattern the pre-check flags is kept (and generated for), as the sandbox keeps it.
beforeAll(loadPatternAnalysis);

const noPrefix = { locPrefix: [] };

function pointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function specs(): { name: string; spec: JSONSchema }[] {
  return allSources().map((source) => ({
    name: source.dockerRepository,
    spec: source.spec.connectionSpecification as JSONSchema,
  }));
}

/** The root properties holding a oneOf with a discriminator, with that discriminator and the options. */
function discriminatedOneOfs(
  spec: JSONSchema,
): { key: string; discriminator: string; options: JSONSchema[] }[] {
  const found = [];
  for (const [key, property] of Object.entries(normalizeSpec(spec).schema.properties ?? {})) {
    if (!Array.isArray(property.oneOf)) continue;
    const discriminator = findDiscriminator(property.oneOf);
    if (discriminator !== null) found.push({ key, discriminator, options: property.oneOf });
  }
  return found;
}

describe("the sandbox's validator and core's validateFullConfig agree on every spec of the registry fixture", () => {
  it("on the required fields an empty config lacks", () => {
    let compared = 0;
    for (const { name, spec } of specs()) {
      const sandbox = validateConfig(spec, {}, noPrefix);
      const core = validateFullConfig(spec, {}).errors;
      // Where no oneOf option is chosen, core asks to choose one; the sandbox, like pydantic, lists what an option
      // lacks. Both must reject there; the required fields are compared everywhere else.
      const unchosen = core.filter((error) => error.keyword === "oneOf").map((error) => error.path);
      const within = (path: string): boolean =>
        unchosen.some((oneOf) => path === oneOf || path.startsWith(`${oneOf}/`));
      for (const oneOf of unchosen) {
        expect(
          sandbox.some((error) => within(pointer(error.loc))),
          `${name}: the sandbox rejects the unchosen oneOf at "${oneOf}"`,
        ).toBe(true);
      }
      const sandboxRequired = sandbox
        .filter((error) => error.type === "missing")
        .map((error) => pointer(error.loc))
        .filter((path) => !within(path));
      const coreRequired = core.filter((error) => error.keyword === "required").map((error) => error.path);
      expect(new Set(sandboxRequired), name).toEqual(new Set(coreRequired));
      if (coreRequired.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it("on valid input: both accept the generated valid inputs, whichever oneOf options they choose", () => {
    for (const { name, spec } of specs()) {
      for (const seed of [undefined, 1, 2, 3]) {
        const input = sampleValidInput(spec, seed === undefined ? {} : { seed });
        expect(validateConfig(spec, input, noPrefix), `${name} (seed ${seed})`).toEqual([]);
        expect(validateFullConfig(spec, input).errors, `${name} (seed ${seed})`).toEqual([]);
      }
    }
  });

  it("on oneOf discriminators: every option is accepted by its discriminator value, an unknown value rejected", () => {
    let oneOfs = 0;
    for (const { name, spec } of specs()) {
      const base = sampleValidInput(spec);
      for (const { key, discriminator, options } of discriminatedOneOfs(spec)) {
        oneOfs++;
        options.forEach((option, index) => {
          const input = { ...base, [key]: sampleValidInput(option) };
          const label = `${name} ${key} option ${index}`;
          expect(validateConfig(spec, input, noPrefix), label).toEqual([]);
          expect(validateFullConfig(spec, input).errors, label).toEqual([]);
        });

        const input = { ...base, [key]: { [discriminator]: "__no_such_option__" } };
        const label = `${name} ${key}`;
        expect(
          validateConfig(spec, input, noPrefix).map((error) => [pointer(error.loc), error.type]),
          label,
        ).toEqual([[`/${key}/${discriminator}`, "literal_error"]]);
        expect(
          validateFullConfig(spec, input).errors.map((error) => [error.path, error.keyword]),
          label,
        ).toEqual([[`/${key}`, "oneOf"]]);
      }
    }
    expect(oneOfs).toBeGreaterThan(40);
  });
});
