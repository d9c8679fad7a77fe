import type { JSONSchema } from "./JSONSchema.js";

/**
 * The node each `$ref` that `normalizeSpec` kept names, by the node holding the ref (filled by `dropSpecHazards`,
 * which has resolved them anyway): later stages inline a ref without resolving it again. Weak, so it lives as long
 * as the normalised spec does.
 */
export const refTargets = new WeakMap<object, JSONSchema>();
