import { scrubSecrets } from "@credential-form/core/connectors";
import { CredentialApiError, isPlainObject, type JSONSchema, parsePointer } from "@credential-form/core/form";
import { errorMessage } from "../errorMessage.js";
import type { CredentialFormEventError } from "../events.js";
import type { CredentialFormMessages } from "../messages.js";
import { toErrorSchema } from "../toErrorSchema.js";
import { toEventError } from "../toEventError.js";
import { asError } from "../useCredentialFormData.js";
import type { ConnectorMessages } from "./connectorMessages.js";
import type { EditState } from "./useConnectorEditTypes.js";

/** A failed update as the edit shows and reports it. */
export interface EditFailure {
  /** The error, its message scrubbed of the secrets the update sent (for `onError`). */
  error: Error;
  /** The error as events carry it (scrubbed too). */
  eventError: CredentialFormEventError;
  /** The edit's state: the server's field errors on their fields, else a submit error with its message. */
  state: EditState;
}

/**
 * Turns what a check or update threw into the edit's error state: no secret the update sent survives in a message;
 * a failed check shows the server's own message, any other failure edit mode's generic one.
 */
export function editFailure(
  caught: unknown,
  secrets: readonly string[],
  schema: JSONSchema,
  messages: CredentialFormMessages & ConnectorMessages,
): EditFailure {
  const error = asError(caught);
  error.message = scrubSecrets(error.message, secrets);
  const eventError = toEventError(error, (text) => scrubSecrets(text, secrets));
  if (eventError.fieldErrors.length > 0) {
    const mapped = toErrorSchema(eventError.fieldErrors, schema, { isPlainObject, parsePointer });
    const announcement = `${messages.serverFieldErrors} ${messages.errorCount(mapped.count)}`;
    return { error, eventError, state: { status: "error", errors: mapped, submitError: null, announcement } };
  }
  const message = errorMessage(
    error,
    messages,
    error instanceof CredentialApiError && error.code === "check_failed"
      ? error.message
      : messages.editSubmitError,
  );
  const submitError = { message, error, retryable: eventError.retryable };
  return { error, eventError, state: { status: "error", errors: null, submitError, announcement: message } };
}
