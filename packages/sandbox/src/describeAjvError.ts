import type { ErrorObject } from "ajv";
import { isRecord } from "./isRecord.js";
import { listOf, quote } from "./listOf.js";

function plural(n: unknown, word: string): string {
  return `${String(n)} ${word}${n === 1 ? "" : "s"}`;
}

const TYPE_MESSAGES: Record<string, [string, string]> = {
  string: ["Input should be a valid string", "string_type"],
  integer: ["Input should be a valid integer", "int_type"],
  number: ["Input should be a valid number", "float_type"],
  boolean: ["Input should be a valid boolean", "bool_type"],
  object: ["Input should be a valid dictionary", "dict_type"],
  array: ["Input should be a valid list", "list_type"],
  null: ["Input should be None", "none_required"],
};

/** Keywords bounding a value: pydantic's words before the limit, its error type, and what the limit counts. */
const LIMIT_MESSAGES: Record<string, [words: string, type: string, unit?: string]> = {
  minimum: ["Input should be greater than or equal to", "greater_than_equal"],
  maximum: ["Input should be less than or equal to", "less_than_equal"],
  exclusiveMinimum: ["Input should be greater than", "greater_than"],
  exclusiveMaximum: ["Input should be less than", "less_than"],
  minLength: ["String should have at least", "string_too_short", "character"],
  maxLength: ["String should have at most", "string_too_long", "character"],
  minItems: ["List should have at least", "too_short", "item"],
  maxItems: ["List should have at most", "too_long", "item"],
};

/** An ajv error as pydantic words it: message, error type, and the key it names (`extra`), if any. */
export function describeAjvError(error: ErrorObject): { extra: string | null; msg: string; type: string } {
  const params = error.params as Record<string, unknown>;
  const parent = isRecord(error.parentSchema) ? error.parentSchema : {};
  const limit = Object.hasOwn(LIMIT_MESSAGES, error.keyword) ? LIMIT_MESSAGES[error.keyword] : undefined;
  if (limit) {
    const [words, type, unit] = limit;
    return { extra: null, msg: `${words} ${unit ? plural(params.limit, unit) : String(params.limit)}`, type };
  }
  switch (error.keyword) {
    case "required":
      return { extra: String(params.missingProperty), msg: "Field required", type: "missing" };
    case "additionalProperties":
      return {
        extra: String(params.additionalProperty),
        msg: "Extra inputs are not permitted",
        type: "extra_forbidden",
      };
    case "type": {
      const first = String(params.type).split(",")[0] ?? "";
      const [msg, type] = TYPE_MESSAGES[first] ?? [
        `Input should be of type ${String(params.type)}`,
        "type_error",
      ];
      return { extra: null, msg, type };
    }
    case "pattern": {
      const hint = typeof parent.pattern_descriptor === "string" ? ` (${parent.pattern_descriptor})` : "";
      return {
        extra: null,
        msg: `String should match pattern '${String(params.pattern)}'${hint}`,
        type: "string_pattern_mismatch",
      };
    }
    case "format": {
      const format = String(params.format);
      if (format === "date-time")
        return {
          extra: null,
          msg: "Input should be a valid datetime (YYYY-MM-DDTHH:mm:ssZ)",
          type: "datetime_parsing",
        };
      if (format === "date")
        return { extra: null, msg: "Input should be a valid date (YYYY-MM-DD)", type: "date_parsing" };
      return { extra: null, msg: `Input should be a valid ${format}`, type: "value_error" };
    }
    case "multipleOf":
      return {
        extra: null,
        msg: `Input should be a multiple of ${String(params.multipleOf)}`,
        type: "multiple_of",
      };
    case "uniqueItems":
      return { extra: null, msg: "List items should be unique", type: "value_error" };
    case "enum":
      return {
        extra: null,
        msg: `Input should be ${listOf((params.allowedValues as unknown[]) ?? [])}`,
        type: "enum",
      };
    case "const":
      return { extra: null, msg: `Input should be ${quote(params.allowedValue)}`, type: "literal_error" };
    case "oneOf":
      return { extra: null, msg: "Input should match exactly one of the options", type: "union_tag_invalid" };
    default:
      return { extra: null, msg: `Value error, ${error.message ?? "invalid value"}`, type: "value_error" };
  }
}
