// @vitest-environment node
import {
  allSources,
  arbitraryTemplateDefaults,
  arbitraryValidInput,
  danglingRefs,
  sampleValidInput,
} from "@credential-form/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planOAuth } from "../oauth/planOAuth.js";
import { toOAuthSchema } from "../oauth/toOAuthSchema.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import { buildPayload } from "./buildPayload.js";
import { constValue } from "./constValue.js";
import { findDiscriminator } from "./findDiscriminator.js";
import type { JSONSchema } from "./JSONSchema.js";
import { mergeConfig } from "./mergeConfig.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { parsePointer } from "./parsePointer.js";
import { prepareForm } from "./prepareForm.js";
import { selectOption } from "./selectOption.js";
import { type SubtractDefaultsResult, subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";
import { validateFullConfig } from "./validateFullConfig.js";

const sources = allSources();
const specOf = (index: number): JSONSchema => sources[index]?.spec.connectionSpecification as JSONSchema;
// SPEC_RUNS / SPEC_SEED widen the search locally (e.g. SPEC_RUNS=50); CI keeps the run short and reproducible.
const runs = Number(process.env.SPEC_RUNS ?? 6);
const baseSeed = Number(process.env.SPEC_SEED ?? 20260301);
const cases = sources.map((source, index) => [source.dockerRepository, index] as const);

/** Whether the user schema still offers a field at this configuration pointer (through any oneOf option). */
function userSchemaHas(schema: JSONSchema, pointer: string): boolean {
  let nodes: JSONSchema[] = [schema];
  for (const token of parsePointer(pointer)) {
    const next: JSONSchema[] = [];
    const visit = (node: JSONSchema): void => {
      const child = node.properties?.[token];
      if (isPlainObject(child)) next.push(child);
      for (const option of node.oneOf ?? []) visit(option);
    };
    for (const node of nodes) visit(node);
    if (next.length === 0) return false;
    nodes = next;
  }
  return true;
}

/** Every required field of the full spec is defaulted or still in the user schema; returns the unreachable ones. */
function unreachableRequired(
  full: JSONSchema,
  user: JSONSchema | undefined,
  defaults: unknown,
  pointer: string,
  result: SubtractDefaultsResult,
  out: string[],
): string[] {
  if (Array.isArray(full.oneOf)) {
    if (user && Array.isArray(user.oneOf)) {
      // Options contradicting the defaults may be gone: match the remaining ones by discriminator value, or title.
      const discriminator = findDiscriminator(full.oneOf);
      const userOptions = user.oneOf;
      for (const option of full.oneOf) {
        const match = userOptions.find((candidate) =>
          discriminator !== null
            ? JSON.stringify(constValue(candidate.properties?.[discriminator])) ===
              JSON.stringify(constValue(option.properties?.[discriminator]))
            : candidate.title === option.title,
        );
        if (match) unreachableRequired(option, match, defaults, pointer, result, out);
      }
    } else {
      const collapsed = result.uiSchemaHints.collapsedOneOf[pointer];
      const discriminator = findDiscriminator(full.oneOf);
      const index =
        collapsed && discriminator !== null
          ? selectOption(full.oneOf, discriminator, { [discriminator]: collapsed.value })
          : null;
      if (index !== null)
        unreachableRequired(full.oneOf[index] as JSONSchema, user, defaults, pointer, result, out);
      else if (!user) out.push(`${pointer} (oneOf without user schema nor collapse)`);
    }
  }
  const properties = full.properties ?? {};
  for (const key of full.required ?? []) {
    const childPointer = appendPointer(pointer, key);
    const defaulted = isPlainObject(defaults) && defaults[key] !== undefined;
    const offered = user !== undefined && isPlainObject(user.properties?.[key]);
    if (!defaulted && !offered) out.push(childPointer);
  }
  for (const [key, property] of Object.entries(properties)) {
    if (!isPlainObject(property.properties) && !Array.isArray(property.oneOf)) continue;
    const childDefaults = isPlainObject(defaults) ? defaults[key] : undefined;
    const childUser = user?.properties?.[key];
    if (childUser === undefined && childDefaults === undefined) continue;
    unreachableRequired(property, childUser, childDefaults, appendPointer(pointer, key), result, out);
  }
  return out;
}

describe("every real spec of the registry fixture", () => {
  it("has the 208 sources", () => {
    expect(sources).toHaveLength(208);
  });

  it.each(cases)(
    "%s: normalizeSpec, toUiSchema and subtractDefaults never throw nor mutate",
    (_name, index) => {
      const spec = specOf(index);
      const before = JSON.stringify(spec);
      const { schema } = normalizeSpec(spec);
      expect(normalizeSpec(schema).schema).toBe(schema);
      const ui = toUiSchema(schema);
      if (schema.oneOf) expect(ui.oneOf).toHaveLength(schema.oneOf.length);
      else expect(ui["ui:order"]?.at(-1)).toBe("*");
      const result = subtractDefaults(spec, {});
      expect(result.defaultedPaths).toEqual([]);
      toUiSchema(result.schema, result.uiSchemaHints);
      expect(JSON.stringify(spec)).toBe(before);
    },
  );

  it.each(cases)(
    "%s: random template defaults are subtracted soundly and the merged config is valid",
    (_name, index) => {
      const spec = specOf(index);
      const full = normalizeSpec(spec).schema;
      fc.assert(
        fc.property(arbitraryTemplateDefaults(spec), fc.integer({ min: 0, max: 1000 }), (defaults, seed) => {
          const before = JSON.stringify(defaults);
          const result = subtractDefaults(spec, defaults);
          toUiSchema(result.schema, result.uiSchemaHints);
          // (a) no defaulted path remains in the user schema
          for (const path of result.defaultedPaths) {
            expect(userSchemaHas(result.schema, path), `defaulted ${path} still offered`).toBe(false);
          }
          // (b) every required field is defaulted or reachable
          expect(unreachableRequired(full, result.schema, defaults, "", result, [])).toEqual([]);
          // (c) defaults + a valid user input pass validation against the full spec
          const input = sampleValidInput(result.schema, { seed });
          const merged = mergeConfig(defaults, input);
          const validation = validateFullConfig(spec, merged);
          expect(validation.errors).toEqual([]);
          // … also after the payload pruning the form does before submitting
          const payload = buildPayload({ schema: result.schema, formData: input, defaults });
          expect(validateFullConfig(spec, mergeConfig(defaults, payload)).errors).toEqual([]);
          // … and with optional fields filled too
          const [withOptional] = fc.sample(arbitraryValidInput(result.schema), { numRuns: 1, seed });
          expect(validateFullConfig(spec, mergeConfig(defaults, withOptional ?? {})).errors).toEqual([]);
          expect(JSON.stringify(defaults)).toBe(before);
        }),
        { numRuns: runs, seed: baseSeed + index },
      );
    },
  );

  it.each(cases)("%s: generated inputs with optional fields validate without defaults", (_name, index) => {
    const spec = specOf(index);
    const { schema } = subtractDefaults(spec, {});
    fc.assert(
      fc.property(arbitraryValidInput(schema), (input) => {
        expect(validateFullConfig(spec, input).errors).toEqual([]);
      }),
      { numRuns: Math.max(2, Math.round(runs / 2)), seed: baseSeed + 7 + index },
    );
  });
});

/**
 * The spec with `$ref`s to each top-level field (and to each option of a top-level oneOf) under anyOf, items and
 * additionalProperties: the refs the template's defaults, hidden fields and OAuth may leave naming nothing.
 */
function withMirrors(spec: JSONSchema): JSONSchema {
  const refs: string[] = [];
  for (const [key, property] of Object.entries(spec.properties ?? {})) {
    const ref = `#${appendPointer("/properties", key).replace(/%/g, "%25")}`;
    refs.push(ref);
    (property.oneOf ?? []).forEach((_option, index) => {
      refs.push(`${ref}/oneOf/${index}`);
    });
  }
  const mirror = (wrap: (ref: string) => JSONSchema): JSONSchema => ({
    type: "object",
    properties: Object.fromEntries(refs.map((ref, index) => [`m${index}`, wrap(ref)])),
  });
  return {
    ...spec,
    properties: {
      ...spec.properties,
      mirror_any_of: mirror((ref) => ({ anyOf: [{ $ref: ref }, { type: "null" }] })),
      mirror_items: mirror((ref) => ({ type: "array", items: { $ref: ref } })),
      mirror_map: mirror((ref) => ({ type: "object", additionalProperties: { $ref: ref } })),
    },
  };
}

describe("every real spec of the registry fixture, prepared: no $ref left dangling", () => {
  it.each(cases)("%s: user schema and OAuth view, with random template defaults", (_name, index) => {
    const source = sources[index];
    const spec = specOf(index);
    const mirrored = withMirrors(spec);
    const [defaults = {}, more = {}] = fc.sample(arbitraryTemplateDefaults(spec), {
      numRuns: 2,
      seed: baseSeed + index,
    });
    for (const partialDefaultConfig of [{}, defaults, more]) {
      expect(danglingRefs(prepareForm(spec, { partialDefaultConfig }).schema)).toEqual([]);
      expect(danglingRefs(prepareForm(mirrored, { partialDefaultConfig }).schema)).toEqual([]);
    }
    const full = normalizeSpec(mirrored).schema;
    const plan = planOAuth(full, source?.spec.advanced_auth);
    if (plan) expect(danglingRefs(toOAuthSchema(full, plan))).toEqual([]);
  });
});
