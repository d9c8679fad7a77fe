import { isRecord } from "./isRecord.js";
import { SECRET_MASK } from "./maskSecrets.js";

type Json = Record<string, unknown>;

/**
 * Deep-merges template defaults with the user's configuration: objects merge, the user wins, arrays are
 * replaced. A masked secret sent back (`"**********"`) keeps the template's real value, and `null` for a key the
 * defaults set removes it (a user who picked another oneOf option than the template's drops that option's keys).
 */
export function mergeDefaults(defaults: Json, input: Json): Json {
  const out: Json = structuredClone(defaults);
  for (const [key, value] of Object.entries(input)) {
    const base = out[key];
    if (isRecord(base) && isRecord(value)) out[key] = mergeDefaults(base, value);
    else if (value === null && base !== undefined) delete out[key];
    else if (value === SECRET_MASK && base !== undefined) continue;
    else out[key] = structuredClone(value);
  }
  return out;
}
