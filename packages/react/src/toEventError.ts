import {
  CredentialApiError,
  RegistryError,
  SpecError,
  scrubSecrets,
  TokenError,
} from "@credential-form/core/form";
import type { CredentialFormEventError } from "./events.js";

/** Field errors with the secrets scrubbed from their messages. */
export function scrubFieldErrors(
  errors: readonly { path: string; message: string }[],
  secrets: readonly string[],
): { path: string; message: string }[] {
  return errors.map((e) => ({ path: e.path, message: scrubSecrets(e.message, secrets) }));
}

/** An error as events carry it: plain data, with `secrets` scrubbed by core's one redactor. */
export function toEventError(error: Error, secrets: readonly string[]): CredentialFormEventError {
  const known =
    error instanceof CredentialApiError ||
    error instanceof TokenError ||
    error instanceof RegistryError ||
    error instanceof SpecError
      ? error
      : null;
  return {
    message: scrubSecrets(error.message, secrets),
    code: known?.code ?? (error.name || "error"),
    status: known instanceof CredentialApiError || known instanceof RegistryError ? known.status : null,
    fieldErrors: scrubFieldErrors(error instanceof CredentialApiError ? error.fieldErrors : [], secrets),
    retryable: Boolean((error as { retryable?: unknown }).retryable),
  };
}
