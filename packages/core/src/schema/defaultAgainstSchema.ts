import { isArray } from "../shared/isArray.js";
import { isJsonType } from "../shared/isJsonType.js";
import type { SpecWarning } from "./SpecWarning.js";
import { sameJson as equal } from "./sameJson.js";

const NUMERIC = /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

const fits = isJsonType;

/** The value converted to one of the types without losing anything, or `undefined` when it cannot be. */
function convert(value: unknown, types: readonly string[]): unknown {
  for (const type of types) {
    if (typeof value === "string" && (type === "number" || type === "integer") && NUMERIC.test(value)) {
      const parsed = Number(value);
      if (type === "number" || Number.isInteger(parsed)) return parsed;
    }
    if (type === "string" && (typeof value === "number" || typeof value === "boolean")) return String(value);
    if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  }
  return undefined;
}

/**
 * A `default` the field itself rejects would be pre-filled and then refused ("Must be a number" to a user who
 * never typed): converted to the declared type when nothing is lost (`"1000"` → `1000`), otherwise dropped, as is
 * a default outside the field's `enum`, other than its `const` or not matching its `pattern`.
 */
export function defaultAgainstSchema(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  let value = node.default;
  // A oneOf's default (an option's discriminator) is `enumAndDefault`'s.
  if (value === undefined || isArray(node.oneOf)) return;
  const types = [node.type].flat().filter((type): type is string => typeof type === "string");
  const at = `${path}/default`;
  if (types.length > 0 && !types.some((type) => fits(value, type))) {
    value = convert(value, types);
    if (value === undefined) {
      delete node.default;
      warn({ path: at, code: "invalid_default", message: "Default of the wrong type; dropped" });
      return;
    }
    node.default = value;
    warn({ path: at, code: "invalid_default", message: "Default converted to the declared type" });
  }
  let reason: string | null = null;
  if ("const" in node && !equal(node.const, value)) reason = "is not the const";
  else if (isArray(node.enum) && !node.enum.some((option) => equal(option, value)))
    reason = "is not in the enum";
  else if (typeof value === "string" && typeof node.pattern === "string" && value !== "") {
    try {
      if (!new RegExp(node.pattern, "u").test(value)) reason = "does not match the pattern";
    } catch {
      // An invalid pattern was dropped by `pattern`; nothing to check against.
    }
  }
  if (reason === null) return;
  delete node.default;
  warn({ path: at, code: "invalid_default", message: `Default ${reason}; dropped` });
}
