import type { ConfigError } from "@credential-form/core";
import type { CredentialFormLocale } from "./CredentialFormLocale.js";
import type { CredentialFormMessages } from "./messages.js";

type FormLevelMessages = Pick<
  CredentialFormMessages,
  "validationUnavailable" | "configInvalid" | "specTooComplex"
>;

/**
 * Validation errors in the UI's language: the form-level ones (no validator, invalid with no field to blame, spec
 * too complex) from `messages`, the per-keyword ones through the locale's `localizeValidation`; without a locale,
 * core's English messages.
 */
export function localizeConfigErrors(
  errors: readonly ConfigError[],
  messages: FormLevelMessages,
  locale: CredentialFormLocale | undefined,
): ConfigError[] {
  const localized = locale?.localizeValidation?.(errors) ?? errors;
  return localized.map((error) =>
    error.keyword === "schema"
      ? {
          ...error,
          message:
            error.params?.reason === "unavailable" ? messages.validationUnavailable : messages.configInvalid,
        }
      : error.keyword === "budget"
        ? { ...error, message: messages.specTooComplex }
        : error,
  );
}
