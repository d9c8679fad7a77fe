import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";

/** The fixed value of a `const` (or single-value `enum`) property schema, or `undefined`. */
export function constValue(schema: unknown): unknown {
  if (!isPlainObject(schema)) return undefined;
  if ("const" in schema) return schema.const;
  if (isArray(schema.enum) && schema.enum.length === 1) return schema.enum[0];
  return undefined;
}
