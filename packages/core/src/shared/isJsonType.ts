import { isArray } from "./isArray.js";
import { isPlainObject } from "./isPlainObject.js";

/** Whether a JSON value is of a JSON Schema type name (`integer` and `number` as ajv counts them). */
export function isJsonType(value: unknown, type: unknown): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return isArray(value);
    case "object":
      return isPlainObject(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}
