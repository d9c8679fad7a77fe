import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { walkSecrets } from "./walkSecrets.js";

/** What replaces a secret value in a redacted configuration. */
export const REDACTED = "**********";

/** A copy of `config` with the value of every `airbyte_secret` field replaced by `REDACTED`. */
export function redactSecrets<T>(schema: JSONSchema, config: T): T {
  return walkSecrets(normalizeSpec(schema).schema, config, () => REDACTED) as T;
}
