import type { CredentialWidgetAllMessages } from "./widget/widgetMessages.js";

/** A validation error in ajv's shape: what an `ajv-i18n` localizer reads, and whose `message` it rewrites. */
export interface LocalizableValidationError {
  keyword: string;
  params: Record<string, unknown>;
  instancePath: string;
  schemaPath: string;
  message?: string;
}

/**
 * A locale pack: every string the form and the widget show in one language, and the translator of validation
 * messages. Import one from `@credential-form/react/locales/<code>` and pass it as the `locale` prop.
 */
export interface CredentialFormLocale {
  /** BCP 47 language tag, e.g. `"de"` or `"pt-BR"` (set as the `lang` of the form). */
  code: string;
  /** Every UI string of the form and of the widget in this language. */
  messages: CredentialWidgetAllMessages;
  /**
   * Rewrites the `message` of ajv-shaped validation errors in place (an `ajv-i18n` localizer); without it the
   * validation messages stay core's English ones.
   */
  localizeValidation?: (errors: LocalizableValidationError[]) => void;
}
