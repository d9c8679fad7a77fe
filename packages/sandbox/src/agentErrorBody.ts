import { isRecord } from "./isRecord.js";

type Json = Record<string, unknown>;

/**
 * The current API's error body `{message, errors: [{field, message, error_code, details}]}` for a FastAPI-shaped
 * one (`{detail: string}` or `{detail: [{loc, msg, type}]}`); `null` when `body` is neither.
 */
export function agentErrorBody(body: unknown): Json | null {
  if (!isRecord(body)) return null;
  const { detail } = body;
  if (typeof detail === "string") return { message: detail, errors: [] };
  if (!Array.isArray(detail)) return null;
  const errors = detail.filter(isRecord).map((item) => {
    const loc = Array.isArray(item.loc) ? item.loc : [];
    const path = loc[0] === "body" ? loc.slice(1) : loc;
    return {
      field: path.length > 0 ? path.join(".") : null,
      message: typeof item.msg === "string" ? item.msg : null,
      error_code: typeof item.type === "string" ? item.type : null,
      details: null,
    };
  });
  return { message: "Validation failed", errors };
}
