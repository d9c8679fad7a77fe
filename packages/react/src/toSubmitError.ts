import { type ApiErrorTextHelpers, apiErrorText } from "./apiErrorText.js";
import type { errorMessage } from "./errorMessage.js";
import type { CredentialFormEventError } from "./events.js";
import type { CredentialFormSubmitError } from "./formMachine.js";
import type { CredentialFormMessages } from "./messages.js";

/**
 * The first load's values {@link toSubmitError} uses, handed in by its caller (`SubmitFormInput.shared`): the
 * submit's chunk must not import them, or esbuild splits them into chunks of their own.
 */
export interface ToSubmitErrorHelpers extends ApiErrorTextHelpers {
  errorMessage: typeof errorMessage;
}

/**
 * The form-level error of a failed create without field errors: a failed check shows Airbyte's reason (already
 * redacted in `eventError`), a create of unknown outcome says so and offers no Retry, others the session's,
 * network's or generic message.
 */
export function toSubmitError(
  error: Error,
  eventError: CredentialFormEventError,
  messages: CredentialFormMessages,
  helpers: ToSubmitErrorHelpers,
): CredentialFormSubmitError {
  // A `CreateOutcomeUnknownError` (loaded on demand, so recognised by its mark).
  if ((error as { outcomeUnknown?: unknown }).outcomeUnknown === true) {
    return { message: messages.createOutcomeUnknown, error, retryable: false, outcomeUnknown: true };
  }
  const code = error instanceof helpers.ApiError ? error.code : null;
  if (code === "check_failed") {
    const reason = eventError.message;
    return {
      message: reason ? `${messages.checkFailed} ${reason}` : messages.checkFailed,
      error,
      retryable: true,
    };
  }
  const fallback =
    code === "validation" || code === "conflict"
      ? `${messages.submitError} ${apiErrorText(error, messages, eventError.message, helpers)}`
      : messages.submitError;
  return { message: helpers.errorMessage(error, messages, fallback), error, retryable: eventError.retryable };
}
