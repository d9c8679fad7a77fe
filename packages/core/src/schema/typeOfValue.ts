import { isArray } from "../shared/isArray.js";
import type { JSONSchemaTypeName } from "./JSONSchema.js";

/** The JSON type of a value (`integer` for whole numbers); `null` for what JSON cannot hold. */
export function typeOfValue(value: unknown): JSONSchemaTypeName | null {
  if (value === null) return "null";
  if (isArray(value)) return "array";
  const type = typeof value;
  if (type === "number") return Number.isInteger(value) ? "integer" : "number";
  return type === "string" || type === "boolean" || type === "object" ? type : null;
}
