import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import type { JSONSchema } from "./JSONSchema.js";

/** Whether a schema has fields of its own (`properties`) or options (`oneOf`), rather than being a leaf. */
export function hasStructure(schema: JSONSchema): boolean {
  return isPlainObject(schema.properties) || isArray(schema.oneOf);
}
