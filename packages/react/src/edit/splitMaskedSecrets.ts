import { MASKED_SECRET } from "@credential-form/core/connectors";

/** What {@link splitMaskedSecrets} returns. */
export interface SplitConfig {
  /**
   * The config with each masked secret replaced by an empty string: what the edit form starts with. The key stays
   * (so a oneOf still matches the option holding the secret) but never the mask; the field shows "unchanged".
   */
  values: Record<string, unknown>;
  /** JSON pointers of the masked (stored, unchanged) secrets. */
  masked: string[];
}

const token = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

function split(value: unknown, pointer: string, masked: string[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => split(item, `${pointer}/${i}`, masked));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const path = `${pointer}/${token(key)}`;
    if (child === MASKED_SECRET) masked.push(path);
    const kept = child === MASKED_SECRET ? "" : split(child, path, masked);
    Object.defineProperty(out, key, {
      value: kept,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Takes the masked secrets out of a loaded connector config: the form never holds the mask as a value. */
export function splitMaskedSecrets(config: Record<string, unknown>): SplitConfig {
  const masked: string[] = [];
  return { values: split(config, "", masked) as Record<string, unknown>, masked };
}
