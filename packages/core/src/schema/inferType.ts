import { isArray } from "../shared/isArray.js";
import type { JSONSchemaTypeName } from "./JSONSchema.js";
import { typeOfValue } from "./typeOfValue.js";

/** The type a schema node without `type` means, read from its other keywords; `null` when they disagree. */
export function inferType(node: Record<string, unknown>): JSONSchemaTypeName | null {
  const has = (...keywords: string[]): boolean => keywords.some((keyword) => node[keyword] !== undefined);
  if (has("const")) return typeOfValue(node.const);
  const values = node.enum;
  if (isArray(values) && values.length > 0) {
    const types = [...new Set(values.map(typeOfValue))];
    if (types.length === 1) return types[0] as JSONSchemaTypeName | null;
    return types.every((type) => type === "integer" || type === "number") ? "number" : null;
  }
  if (has("properties", "oneOf", "required")) return "object";
  if (has("items", "minItems", "maxItems")) return "array";
  if (has("pattern", "format", "minLength")) return "string";
  if (has("minimum", "maximum")) return "number";
  if (has("default")) return typeOfValue(node.default);
  return has("additionalProperties") ? "object" : "string";
}
