import { CredentialApiError, RegistryError, SpecError, TokenError } from "@credential-form/core/form";
import type { CredentialFormEventError } from "./events.js";

/** Field errors with `scrub` applied to their messages. */
export function scrubFieldErrors(
  errors: readonly { path: string; message: string }[],
  scrub: (text: string) => string,
): { path: string; message: string }[] {
  return errors.map((e) => ({ path: e.path, message: scrub(e.message) }));
}

/**
 * An error as events carry it: plain data, its texts passed through `scrub` (core's one redactor, `scrubSecrets`,
 * over the submit's secrets; it loads with the submit pipeline, so errors of the first load, which hold no value
 * of the form, keep their texts).
 */
export function toEventError(
  error: Error,
  scrub: (text: string) => string = (text) => text,
): CredentialFormEventError {
  const known =
    error instanceof CredentialApiError ||
    error instanceof TokenError ||
    error instanceof RegistryError ||
    error instanceof SpecError
      ? error
      : null;
  return {
    message: scrub(error.message),
    code: known?.code ?? (error.name || "error"),
    status: known instanceof CredentialApiError || known instanceof RegistryError ? known.status : null,
    fieldErrors: scrubFieldErrors(error instanceof CredentialApiError ? error.fieldErrors : [], scrub),
    retryable: Boolean((error as { retryable?: unknown }).retryable),
  };
}
