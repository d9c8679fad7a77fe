import { CredentialApiError, TokenError } from "@credential-form/core/form";
import type { CredentialFormMessages } from "./messages.js";

type ErrorMessages = Pick<
  CredentialFormMessages,
  "sessionExpired" | "tokenInvalid" | "tokenTimeout" | "forbidden" | "networkError"
>;

/** What to tell the user when `error` means the session cannot be used; null when it means something else. */
export function sessionMessage(error: unknown, messages: ErrorMessages): string | null {
  if (error instanceof TokenError)
    return error.code === "expired"
      ? messages.sessionExpired
      : error.code === "timeout"
        ? messages.tokenTimeout
        : messages.tokenInvalid;
  if (!(error instanceof CredentialApiError)) return null;
  // A 403 is not an expired session: the token is valid but scoped to another workspace.
  return error.code === "forbidden"
    ? messages.forbidden
    : error.code === "unauthorized"
      ? messages.sessionExpired
      : null;
}

/**
 * What to tell the user about a failed request (the form's submit, the widget's template list): the session's
 * message, else the network's, else `fallback`.
 */
export function errorMessage(error: unknown, messages: ErrorMessages, fallback: string): string {
  const code = error instanceof CredentialApiError ? error.code : null;
  return (
    sessionMessage(error, messages) ??
    (code === "network" || code === "timeout" ? messages.networkError : fallback)
  );
}
