import { isRecord } from "./isRecord.js";
import type { FastApiError } from "./validateConfig.js";

/** Collects FastAPI-style errors while reading the fields of a JSON body. */
export interface BodyChecker {
  readonly errors: FastApiError[];
  /** True when the body itself is a JSON object (otherwise a `dict_type` error is recorded). */
  readonly isObject: boolean;
  /** A string field (first present name wins: aliases accepted). */
  string(names: string | string[], options?: { required?: boolean; uuid?: boolean }): string | undefined;
  /** An object field. */
  object(names: string | string[], options?: { required?: boolean }): Record<string, unknown> | undefined;
  /** Records an error on one field. */
  fail(name: string, msg: string, type: string): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Starts checking a parsed JSON body. */
export function checkBody(body: unknown): BodyChecker {
  const errors: FastApiError[] = [];
  const isObject = isRecord(body);
  if (!isObject) errors.push({ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" });
  const fields: Record<string, unknown> = isObject ? body : {};
  const pick = (names: string | string[]): [string, unknown] => {
    const list = Array.isArray(names) ? names : [names];
    for (const name of list) if (fields[name] !== undefined) return [name, fields[name]];
    return [list[0] ?? "", undefined];
  };
  return {
    errors,
    isObject,
    string(names, options = {}) {
      const [name, value] = pick(names);
      if (value === undefined || value === null) {
        if (options.required && isObject)
          errors.push({ loc: ["body", name], msg: "Field required", type: "missing" });
        return undefined;
      }
      if (typeof value !== "string") {
        errors.push({ loc: ["body", name], msg: "Input should be a valid string", type: "string_type" });
        return undefined;
      }
      if (options.required && value.trim() === "") {
        errors.push({
          loc: ["body", name],
          msg: "String should have at least 1 character",
          type: "string_too_short",
        });
        return undefined;
      }
      if (options.uuid && !UUID.test(value)) {
        errors.push({ loc: ["body", name], msg: "Input should be a valid UUID", type: "uuid_parsing" });
        return undefined;
      }
      return value;
    },
    object(names, options = {}) {
      const [name, value] = pick(names);
      if (value === undefined || value === null) {
        if (options.required && isObject)
          errors.push({ loc: ["body", name], msg: "Field required", type: "missing" });
        return undefined;
      }
      if (!isRecord(value)) {
        errors.push({ loc: ["body", name], msg: "Input should be a valid dictionary", type: "dict_type" });
        return undefined;
      }
      return value;
    },
    fail(name, msg, type) {
      errors.push({ loc: ["body", name], msg, type });
    },
  };
}
