import type { API_MESSAGES, CredentialApiError } from "@credential-form/core/form";
import type { CredentialFormMessages } from "./messages.js";

/**
 * Core's values {@link apiErrorText} uses, handed in by its caller: the submit's chunk has them from the first load
 * (`SubmitFormInput.shared`) and must not import them, or esbuild splits them into chunks of their own.
 */
export interface ApiErrorTextHelpers {
  ApiError: typeof CredentialApiError;
  apiMessages: typeof API_MESSAGES;
}

/**
 * A {@link CredentialApiError}'s text for the UI: `messages.apiErrors[code]` when core fell back to its English
 * default for the code (the server said nothing usable), else `serverText` (the server's own words, scrubbed).
 * Core's class and fallbacks are handed in (see {@link ApiErrorTextHelpers}).
 */
export function apiErrorText(
  error: unknown,
  messages: Pick<CredentialFormMessages, "apiErrors">,
  serverText: string,
  { ApiError, apiMessages }: ApiErrorTextHelpers,
): string {
  if (!(error instanceof ApiError)) return serverText;
  const status = `${error.status ?? "?"}`;
  const fallback = apiMessages[error.code].replace("#", status);
  return error.message === fallback ? messages.apiErrors[error.code].replace("#", status) : serverText;
}
