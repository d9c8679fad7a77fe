// @vitest-environment node
import { allSources, sampleValidInput } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { coreSpecEngine } from "../schema/coreSpecEngine.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { normalizeSpec } from "../schema/normalizeSpec.js";
import { validateFullConfig } from "../schema/validateFullConfig.js";
import { validateNormalizedConfigWith } from "../schema/validateFullConfigWith.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { planOAuth } from "./planOAuth.js";
import { toOAuthSchema } from "./toOAuthSchema.js";

const cases = allSources()
  .filter((s) => isPlainObject(s.spec.advanced_auth))
  .map((s) => [s.dockerRepository, s] as const);

// The form validates a submit of the OAuth option against this view with `validateNormalizedConfig`: the view of a
// normalised spec must validate exactly as the same view normalised again would, or the form would skip a fix.
describe("toOAuthSchema's view of a normalised spec is normalised for validation", () => {
  it.each(cases)("%s: the same errors without normalising the view again", (_name, source) => {
    const { schema } = normalizeSpec(source.spec.connectionSpecification);
    const plan = planOAuth(schema, source.spec.advanced_auth);
    if (!plan) return;
    const view = toOAuthSchema(schema, plan);
    const configs = [{}, sampleValidInput(view), sampleValidInput(view, { seed: 7 }), { extra: 1 }];
    for (const config of configs) {
      expect(
        validateNormalizedConfigWith(coreSpecEngine, { schema: view, warnings: [] }, config).errors,
      ).toEqual(validateFullConfig(view as JSONSchema, config).errors);
    }
  });
});
