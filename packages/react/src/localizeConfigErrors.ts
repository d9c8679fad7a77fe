import type { ConfigError } from "@credential-form/core";
import type { CredentialFormLocale, LocalizableValidationError } from "./CredentialFormLocale.js";
import type { CredentialFormMessages } from "./messages.js";

type FormLevelMessages = Pick<
  CredentialFormMessages,
  "validationUnavailable" | "configInvalid" | "specTooComplex"
>;

/**
 * Validation errors in the UI's language: the form-level ones (no validator, invalid with no field to blame, spec
 * too complex) from `messages`, the per-keyword ones through the locale's `localizeValidation` (ajv-i18n), which
 * reads only the keyword and its params (schema constants and field names, never a value). Without a localizer,
 * or for a keyword it does not know, core's message stays.
 */
export function localizeConfigErrors(
  errors: readonly ConfigError[],
  messages: FormLevelMessages,
  locale: CredentialFormLocale | undefined,
): ConfigError[] {
  const localize = locale?.localizeValidation;
  return errors.map((error) => {
    if (error.keyword === "schema") {
      const reason = error.params?.reason;
      return {
        ...error,
        message: reason === "unavailable" ? messages.validationUnavailable : messages.configInvalid,
      };
    }
    if (error.keyword === "budget") return { ...error, message: messages.specTooComplex };
    if (!localize || !error.params) return error;
    const shaped: LocalizableValidationError = {
      keyword: error.keyword,
      params: error.params,
      instancePath: error.path,
      schemaPath: "",
      message: error.message,
    };
    localize([shaped]);
    const text = shaped.message;
    if (!text || text === error.message) return error;
    // ajv-i18n writes sentence fragments ("muss … sein"); under a field they read as sentences.
    return { ...error, message: text.charAt(0).toLocaleUpperCase(locale.code) + text.slice(1) };
  });
}
