import { coreSpecEngine } from "./coreSpecEngine.js";
import type { JSONSchema } from "./JSONSchema.js";
import { type ConfigValidationResult, validateFullConfigWith } from "./validateFullConfigWith.js";

export type { ConfigValidationResult } from "./validateFullConfigWith.js";

/**
 * Validates a full configuration (template defaults merged with the user's input) against the full, normalised
 * connector spec with ajv (draft-07, or 2019-09 when declared), formats and Airbyte annotation keywords.
 * Errors are JSON pointers into the configuration with human-readable messages; for a oneOf only the errors of
 * the option the configuration selects are reported. Compiled validators are cached per spec object.
 * Compiling is slow on large specs, so once `loadSchemaInterpreter` has loaded the eval-free interpreter, a spec
 * not compiled yet (see `precompileFullConfig`) is validated by the interpreter, which reports the same errors.
 * Where ajv cannot compile (a page whose Content-Security-Policy forbids `'unsafe-eval'`, or a spec ajv rejects),
 * the interpreter is all there is; before it is loaded, the result is one form-level error (`keyword: "schema"`).
 */
export function validateFullConfig(spec: JSONSchema, config: unknown): ConfigValidationResult {
  return validateFullConfigWith(coreSpecEngine, spec, config);
}
