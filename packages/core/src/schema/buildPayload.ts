import { type BuildPayloadInput, buildPayloadWith } from "./buildPayloadWith.js";
import { coreSpecEngine } from "./coreSpecEngine.js";

export type { BuildPayloadInput } from "./buildPayloadWith.js";

/**
 * The configuration an API flavour sends: the user's values pruned of `undefined`, empty optional strings,
 * empty optional objects and keys the user schema does not declare, with the `const` discriminators of the
 * chosen oneOf options filled in; merged over the template defaults only when `includeDefaults`.
 */
export function buildPayload(input: BuildPayloadInput): Record<string, unknown> {
  return buildPayloadWith(coreSpecEngine, input);
}
