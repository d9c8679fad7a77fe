import { API_MESSAGES, CredentialApiError, TokenError } from "@credential-form/core/form";
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

/**
 * A {@link CredentialApiError}'s text for the UI: `messages.apiErrors[code]` when core fell back to its English
 * default for the code (the server said nothing usable), else `serverText` (the server's own words, scrubbed).
 */
export function apiErrorText(
  error: unknown,
  messages: Pick<CredentialFormMessages, "apiErrors">,
  serverText: string,
): string {
  if (!(error instanceof CredentialApiError)) return serverText;
  const status = `${error.status ?? "?"}`;
  const fallback = API_MESSAGES[error.code].replace("#", status);
  return error.message === fallback ? messages.apiErrors[error.code].replace("#", status) : serverText;
}
