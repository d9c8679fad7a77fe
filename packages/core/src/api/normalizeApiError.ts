import { isPlainObject } from "../shared/isPlainObject.js";
import { type ApiErrorCode, CredentialApiError, type FieldError } from "./CredentialApiError.js";
import { scrubSecrets } from "./scrubSecrets.js";
import { CONFIG_BODY_KEYS, toConfigPointer } from "./toConfigPointer.js";

/** Input of {@link normalizeApiError}. */
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
}

const MAX_SERVER_MESSAGE = 300;

function codeForStatus(status: number | null, hasFieldErrors: boolean): ApiErrorCode {
  if (status === null) return "network";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 408) return "timeout";
  if (status >= 500) return "server";
  if (status === 422 || status === 400 || hasFieldErrors) return "validation";
  return "http";
}

function defaultMessage(status: number | null, code: ApiErrorCode): string {
  switch (code) {
    case "network":
      return "Airbyte could not be reached. Check your connection and try again.";
    case "unauthorized":
      return "Your session has expired or is not valid. Reload the page and try again.";
    case "forbidden":
      return "This session is not allowed to do that.";
    case "not_found":
      return "Airbyte could not find what was requested.";
    case "conflict":
      return "This conflicts with something that already exists.";
    case "rate_limited":
      return "Too many requests. Wait a moment and try again.";
    case "timeout":
      return "Airbyte took too long to answer. Try again.";
    case "server":
      return `Airbyte is having trouble right now (HTTP ${status}). Try again in a moment.`;
    case "validation":
      return "Airbyte rejected the request. Check the values and try again.";
    default:
      return `Airbyte answered with an unexpected error (HTTP ${status ?? "?"}).`;
  }
}

function parseJson(body: string, contentType: string | null): unknown {
  const trimmed = body.trim();
  const looksJson = /json/i.test(contentType ?? "") || trimmed.startsWith("{") || trimmed.startsWith("[");
  if (!looksJson || trimmed === "") return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Collects `{path, message}` pairs from the error shapes Airbyte's APIs use. */
function collectFieldErrors(
  json: Record<string, unknown>,
  configKeys: readonly string[],
): { fieldErrors: FieldError[]; outside: string[] } {
  const fieldErrors: FieldError[] = [];
  const outside: string[] = [];
  const add = (location: unknown, message: string | null) => {
    if (message === null) return;
    const path = toConfigPointer(location, configKeys);
    if (path === null) {
      const name = Array.isArray(location)
        ? location.filter((s) => s !== "body").join(".")
        : String(location);
      outside.push(`${name}: ${message}`);
    } else {
      fieldErrors.push({ path, message });
    }
  };
  // FastAPI: {"detail": [{"loc": [...], "msg": "...", "type": "..."}]}
  if (Array.isArray(json.detail)) {
    for (const item of json.detail)
      if (isPlainObject(item)) add(item.loc ?? [], text(item.msg) ?? text(item.message));
  }
  // {"errors": [{"field", "message"}]} and RFC 9457 extensions {"errors": [{"pointer", "detail"}]}
  if (Array.isArray(json.errors)) {
    for (const item of json.errors) {
      if (!isPlainObject(item)) continue;
      add(
        item.field ?? item.pointer ?? item.path ?? item.name ?? "",
        text(item.message) ?? text(item.detail),
      );
    }
  }
  // RFC 9457 example extension: {"invalid-params": [{"name", "reason"}]}
  const invalid = json["invalid-params"] ?? json.invalid_params;
  if (Array.isArray(invalid)) {
    for (const item of invalid)
      if (isPlainObject(item)) add(item.name ?? "", text(item.reason) ?? text(item.message));
  }
  return { fieldErrors, outside };
}

function serverMessage(json: Record<string, unknown>): string | null {
  const detail = text(json.detail);
  if (detail !== null) return detail;
  const message = text(json.message) ?? text(json.error_description) ?? text(json.error);
  if (message !== null) return message;
  // Airbyte's problem titles are often slugs ("bad-request"): only a sentence is worth showing.
  const title = text(json.title);
  return title !== null && /\s/.test(title) ? title : null;
}

function truncate(message: string): string {
  return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}…` : message;
}

/** Turns any failed response (problem+json, FastAPI, `{message, errors}`, HTML, empty) into a {@link CredentialApiError}. */
export function normalizeApiError(input: NormalizeApiErrorInput): CredentialApiError {
  const secrets = input.secrets ?? [];
  const scrub = (value: string) => scrubSecrets(value, secrets);
  const requestId = input.headers?.get("x-request-id") ?? input.headers?.get("request-id") ?? null;
  const json = parseJson(input.body, input.contentType);

  let fieldErrors: FieldError[] = [];
  let message: string | null = null;
  if (isPlainObject(json)) {
    const collected = collectFieldErrors(json, input.configKeys ?? CONFIG_BODY_KEYS);
    fieldErrors = collected.fieldErrors.map((e) => ({
      path: scrub(e.path),
      message: truncate(scrub(e.message)),
    }));
    const fromServer =
      serverMessage(json) ?? (collected.outside.length > 0 ? collected.outside.join("; ") : null);
    message = fromServer === null ? null : truncate(scrub(fromServer));
  } else if (
    json === undefined &&
    /^text\/plain/i.test(input.contentType ?? "") &&
    input.body.trim() !== ""
  ) {
    message = truncate(scrub(input.body.trim()));
  }

  const code = codeForStatus(input.status, fieldErrors.length > 0);
  if (fieldErrors.length > 0) {
    const n = fieldErrors.length;
    message = `The server rejected ${n} field${n === 1 ? "" : "s"}.`;
  }
  const status = input.status;
  const retryable =
    status === null ||
    status === 408 ||
    status === 429 ||
    (status >= 500 && status !== 501 && status !== 505);
  return new CredentialApiError({
    code,
    status,
    message: message ?? defaultMessage(status, code),
    fieldErrors,
    retryable,
    requestId: requestId === null ? null : scrub(requestId),
  });
}
