import { isArray } from "./isArray.js";
/** True for a non-null, non-array object (a JSON object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !isArray(value);
}
