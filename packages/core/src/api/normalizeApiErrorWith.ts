import { isPlainObject } from "../shared/isPlainObject.js";
import type { ApiKit } from "./ApiKit.js";
import type { ApiErrorCode, CredentialApiError, FieldError } from "./CredentialApiError.js";
import { readRequestId } from "./readRequestId.js";
import { scrubSecrets } from "./scrubSecrets.js";
import { toConfigPointer } from "./toConfigPointer.js";

/** Input of `normalizeApiError`. */
export interface NormalizeApiErrorInput {
  /** HTTP status, or `null` when no response arrived. */
  status: number | null;
  /** The raw response body (may be empty, HTML, JSON…). */
  body: string;
  /** The response `content-type`. */
  contentType: string | null;
  /** Response headers, for the request id. */
  headers?: Headers;
  /** Values that must never appear in the error (config secrets, the token); scrubbed from server text. */
  secrets?: readonly string[];
  /** Body keys holding the config, stripped from field paths. @default CONFIG_BODY_KEYS */
  configKeys?: readonly string[];
  /** Body keys holding top-level parts of the config, kept in field paths (see `toConfigPointer`). */
  configParts?: readonly string[];
}

const MAX_SERVER_MESSAGE = 300;

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  408: "timeout",
  409: "conflict",
  429: "rate_limited",
};

/**
 * Where the error shapes Airbyte's APIs use keep their field errors: the list's key, then the keys of an item's
 * location and of its message, each in order of preference. FastAPI `{"detail": [{"loc", "msg"}]}`;
 * `{"errors": [{"field", "message"}]}` and RFC 9457 extensions `{"errors": [{"pointer", "detail"}]}`; the RFC 9457
 * example extension `{"invalid-params": [{"name", "reason"}]}`.
 */
const FIELD_ERROR_SHAPES: [string, string, string][] = [
  ["detail", "loc", "msg message"],
  ["errors", "field pointer path name", "message detail"],
  ["invalid-params invalid_params", "name", "reason message"],
];

/** The first of `keys` (space-separated) whose value is neither `null` nor `undefined`. */
function first(record: Record<string, unknown>, keys: string): unknown {
  return keys
    .split(" ")
    .map((key) => record[key])
    .find((value) => value != null);
}

/** The first of `keys` (space-separated) holding a string that is not blank, trimmed; else `null`. */
function firstText(record: Record<string, unknown>, keys: string): string | null {
  for (const key of keys.split(" ")) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

/** `normalizeApiError` with the error class, messages and scrubber (`coreApiKit`) taken from the caller. */
export function normalizeApiErrorWith(
  { ApiError, messages }: ApiKit,
  input: NormalizeApiErrorInput,
): CredentialApiError {
  const { status, contentType, secrets = [] } = input;
  const clean = (value: string) => {
    const scrubbed = scrubSecrets(value, secrets);
    return scrubbed.length > MAX_SERVER_MESSAGE ? `${scrubbed.slice(0, MAX_SERVER_MESSAGE - 1)}…` : scrubbed;
  };
  const body = input.body.trim();
  let json: unknown;
  if (/json/i.test(contentType ?? "") || /^[[{]/.test(body)) {
    try {
      json = JSON.parse(body);
    } catch {
      // Not JSON after all: the default message explains the status.
    }
  }

  const fieldErrors: FieldError[] = [];
  let message: string | null = null;
  if (isPlainObject(json)) {
    const outside: string[] = [];
    for (const [listKeys, locationKeys, messageKeys] of FIELD_ERROR_SHAPES) {
      const list = first(json, listKeys);
      if (Array.isArray(list)) {
        for (const item of list) {
          const text = isPlainObject(item) && firstText(item, messageKeys);
          if (!text) continue;
          const location = first(item, locationKeys) ?? "";
          const path = toConfigPointer(location, input.configKeys, input.configParts);
          if (path === null) {
            const name = Array.isArray(location) ? location.filter((s) => s !== "body").join(".") : location;
            outside.push(`${name}: ${text}`);
          } else {
            fieldErrors.push({ path: scrubSecrets(path, secrets), message: clean(text) });
          }
        }
      }
    }
    // Airbyte's problem titles are often slugs ("bad-request"): only a sentence is worth showing.
    const title = firstText(json, "title");
    message =
      firstText(json, "detail message error_description error") ??
      (title && /\s/.test(title) ? title : null) ??
      (outside.length > 0 ? outside.join("; ") : null);
  } else if (json === undefined && /^text\/plain/i.test(contentType ?? "")) {
    message = body || null;
  }

  const n = fieldErrors.length;
  const code =
    status === null
      ? "network"
      : (CODE_BY_STATUS[status] ??
        (status >= 500 ? "server" : status === 422 || status === 400 || n > 0 ? "validation" : "http"));
  const requestId = readRequestId(input.headers);
  return new ApiError({
    code,
    status,
    message:
      n > 0
        ? `The server rejected ${n} field${n === 1 ? "" : "s"}.`
        : message
          ? clean(message)
          : messages[code].replace("#", `${status ?? "?"}`),
    fieldErrors,
    retryable:
      status === null ||
      status === 408 ||
      status === 429 ||
      (status >= 500 && status !== 501 && status !== 505),
    requestId: requestId && scrubSecrets(requestId, secrets),
  });
}
