import { isPlainObject } from "../shared/isPlainObject.js";
import { nonEmptyText as text } from "../shared/nonEmptyText.js";
import type { scrubSecrets } from "./scrubSecrets.js";
import type { CheckResult, CheckStatus } from "./types.js";

/** Reads a check answer; its message is the one meant for users, with `secrets` scrubbed (by `scrub`, see `ApiKit`). */
export function toCheckResult(
  json: unknown,
  secrets: readonly string[],
  scrub: typeof scrubSecrets,
): CheckResult {
  const found = isPlainObject(json) ? json : {};
  const reason = isPlainObject(found.failure_reason) ? found.failure_reason : {};
  // Only the message meant for users: never `internal_message` or `stacktrace`.
  const message = text(reason.external_message) ?? text(found.error_message);
  return {
    status: text(found.status) as CheckStatus | null,
    message: message && scrub(message, secrets),
    raw: json,
  };
}
