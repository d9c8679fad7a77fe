import { isPlainObject } from "../shared/isPlainObject.js";
import { constValue } from "./constValue.js";
import type { JSONSchema } from "./JSONSchema.js";

/**
 * The property that tells `oneOf` options apart: present in every option with a `const` (or single-value
 * `enum`) whose values all differ. `null` when the options have no such property.
 */
export function findDiscriminator(options: readonly JSONSchema[] | undefined): string | null {
  if (!options || options.length === 0) return null;
  const first = options[0]?.properties;
  if (!isPlainObject(first)) return null;
  const candidates = Object.keys(first).filter((key) =>
    options.every((option) => constValue(option.properties?.[key]) !== undefined),
  );
  for (const key of candidates) {
    const values = new Set(options.map((option) => JSON.stringify(constValue(option.properties?.[key]))));
    if (values.size === options.length) return key;
  }
  return null;
}
