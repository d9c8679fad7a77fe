import { scrubSecrets } from "../api/scrubSecrets.js";
import type { JSONSchema } from "./JSONSchema.js";
import { mergeConfig } from "./mergeConfig.js";
import type { NormalizedSpec } from "./normalizeSpec.js";
import { precompileFullConfigWith } from "./precompileFullConfigWith.js";
import {
  type PreparedSubmission,
  type PrepareSubmissionInput,
  prepareSubmissionWith,
} from "./prepareSubmissionWith.js";
import type { SpecEngine } from "./SpecEngine.js";
import {
  type ConfigValidationResult,
  validateFullConfigWith,
  validateNormalizedConfigWith,
} from "./validateFullConfigWith.js";

/** The functions `loadSubmitPipeline` resolves with: the main entry's, with the same signatures and results. */
export interface SubmitPipeline {
  mergeConfig: typeof mergeConfig;
  /** Core's secret matcher: replaces every secret, in any encoding a server may echo it in. */
  scrubSecrets: typeof scrubSecrets;
  precompileFullConfig: (spec: unknown) => boolean;
  prepareSubmission: (input: PrepareSubmissionInput) => PreparedSubmission;
  validateFullConfig: (spec: JSONSchema, config: unknown) => ConfigValidationResult;
  /** `validateFullConfig` against a spec `normalizeSpec` returned (or a view of it that only drops or requires). */
  validateNormalizedConfig: (normalized: NormalizedSpec, config: unknown) => ConfigValidationResult;
}

/**
 * The submit pipeline as one module, loaded on demand by `loadSubmitPipeline`: what runs only once the user
 * submits (or, for `precompileFullConfig`, in idle time after the form is there), with ajv and its formats, and
 * the secret matcher (`scrubSecrets`), which only server echoes and render crashes need.
 * The spec engine comes from its own chunk (`coreSpecEngine`, handed in by the loader), not from imports.
 */
export function createSubmitPipeline(engine: SpecEngine): SubmitPipeline {
  return {
    mergeConfig,
    scrubSecrets,
    precompileFullConfig: (spec) => precompileFullConfigWith(engine, spec),
    prepareSubmission: (input) => prepareSubmissionWith(engine, input),
    validateFullConfig: (spec, config) => validateFullConfigWith(engine, spec, config),
    validateNormalizedConfig: (normalized, config) =>
      validateNormalizedConfigWith(engine, normalized, config),
  };
}
