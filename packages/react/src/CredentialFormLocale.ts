import type { ConfigError } from "@credential-form/core";
import type { CredentialWidgetAllMessages } from "./widget/widgetMessages.js";

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
   * Re-words core's validation errors in this language from their keyword and params (the packs use `ajv-i18n`);
   * without it the validation messages stay core's English ones.
   */
  localizeValidation?: (errors: readonly ConfigError[]) => ConfigError[];
}
