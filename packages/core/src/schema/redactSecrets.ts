import { cycleTargets } from "./cycleTargets.js";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { refTargets } from "./refTargets.js";
import { walkSecrets } from "./walkSecrets.js";

/** What replaces a secret: the value of a secret field in a redacted configuration, and a secret in a text (`scrubSecrets`). */
export const REDACTED = "[redacted]";

/** A copy of `config` with the value of every `airbyte_secret` field replaced by `REDACTED`. */
export function redactSecrets<T>(schema: JSONSchema, config: T): T {
  return walkSecrets({ refTargets, cycleTargets }, normalizeSpec(schema).schema, config, () => REDACTED) as T;
}
