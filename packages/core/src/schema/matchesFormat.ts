import type { Format } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { getOwn } from "../shared/getOwn.js";

function test(check: unknown, value: unknown): boolean {
  if (check instanceof RegExp) {
    check.lastIndex = 0;
    return check.test(String(value));
  }
  return typeof check === "function" ? Boolean(check(value)) : true;
}

/** Whether `value` passes ajv-formats' (full mode) check of `format`; unknown formats pass, as with ajv. */
export function matchesFormat(format: string, value: unknown): boolean {
  const known = getOwn(fullFormats as Record<string, unknown>, format) as Format | undefined;
  if (known === undefined || known === true || typeof known === "string") return true;
  if (known instanceof RegExp || typeof known === "function")
    return typeof value !== "string" || test(known, value);
  if (known.async) return true;
  const type = known.type ?? "string";
  return typeof value !== type || test(known.validate, value);
}
