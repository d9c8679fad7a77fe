import { coreSpecEngine } from "./coreSpecEngine.js";
import { dropUntouchedValuesWith } from "./dropUntouchedValuesWith.js";

/**
 * Removes optional values the user never touched but RJSF seeded: arrays of empty items, oneOfs holding only their
 * first option's discriminator and defaults, and objects with required fields holding only constants and defaults
 * (nested ones, and inside array items, too). Left in, they would turn an optional field the user skipped into an
 * invalid one (e.g. `minItems: 1`, or the option's required fields).
 */
export function dropUntouchedValues(
  schema: Record<string, unknown>,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return dropUntouchedValuesWith(coreSpecEngine.sameJson, schema, data);
}
