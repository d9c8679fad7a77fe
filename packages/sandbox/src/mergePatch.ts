import { isRecord } from "./isRecord.js";
import { SECRET_MASK } from "./maskSecrets.js";

type Json = Record<string, unknown>;

/**
 * Applies an update's `replication_config` to the stored config as a JSON merge patch (RFC 7396): objects merge,
 * `null` removes the key, arrays and other values replace. A masked secret sent back (`"**********"`) keeps the
 * stored value, as Airbyte does: the mask is never stored.
 */
export function mergePatch(target: Json, patch: Json): Json {
  const out: Json = structuredClone(target);
  for (const [key, value] of Object.entries(patch)) {
    const base = Object.hasOwn(out, key) ? out[key] : undefined;
    if (value === null) delete out[key];
    else if (value === SECRET_MASK && base !== undefined) continue;
    else if (isRecord(value)) out[key] = mergePatch(isRecord(base) ? base : {}, value);
    else
      Object.defineProperty(out, key, {
        value: structuredClone(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}
