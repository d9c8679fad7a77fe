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

/** An ajv error as pydantic words it: message, error type, and the key it names (`extra`), if any. */
export function describeAjvError(error: ErrorObject): { extra: string | null; msg: string; type: string } {
  const params = error.params as Record<string, unknown>;
  const parent = isRecord(error.parentSchema) ? error.parentSchema : {};
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
    case "minimum":
      return {
        extra: null,
        msg: `Input should be greater than or equal to ${String(params.limit)}`,
        type: "greater_than_equal",
      };
    case "maximum":
      return {
        extra: null,
        msg: `Input should be less than or equal to ${String(params.limit)}`,
        type: "less_than_equal",
      };
    case "exclusiveMinimum":
      return {
        extra: null,
        msg: `Input should be greater than ${String(params.limit)}`,
        type: "greater_than",
      };
    case "exclusiveMaximum":
      return { extra: null, msg: `Input should be less than ${String(params.limit)}`, type: "less_than" };
    case "multipleOf":
      return {
        extra: null,
        msg: `Input should be a multiple of ${String(params.multipleOf)}`,
        type: "multiple_of",
      };
    case "minLength":
      return {
        extra: null,
        msg: `String should have at least ${plural(params.limit, "character")}`,
        type: "string_too_short",
      };
    case "maxLength":
      return {
        extra: null,
        msg: `String should have at most ${plural(params.limit, "character")}`,
        type: "string_too_long",
      };
    case "minItems":
      return {
        extra: null,
        msg: `List should have at least ${plural(params.limit, "item")}`,
        type: "too_short",
      };
    case "maxItems":
      return {
        extra: null,
        msg: `List should have at most ${plural(params.limit, "item")}`,
        type: "too_long",
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
