import type { JSONSchema } from "./JSONSchema.js";

/**
 * The node each `$ref` that `normalizeSpec` dropped for closing a cycle named, by the node that held it: forms and
 * validators no longer follow it, but secret detection (`walkSecrets`, bounded by the value it walks) still does,
 * so a secret field of a recursive spec stays secret at every depth a configuration reaches.
 */
export const cycleTargets = new WeakMap<object, JSONSchema>();
