import type { ConfigError } from "@credential-form/core";
import type { Registry } from "@rjsf/utils";
import type { ConnectorMessages } from "./edit/connectorMessages.js";
import type { CredentialFormMessages } from "./messages.js";
import type { CredentialWidgetAllMessages } from "./widget/widgetMessages.js";

/**
 * A locale pack: every string the form, the widget, OAuth and the connections list and edit form show in one
 * language, and the translator of validation messages. Import one from `@credential-form/react/locales/<code>`
 * and pass it as the `locale` prop (of the form, the widget, `ConnectorList` and `ConnectorEditForm`).
 */
export interface CredentialFormLocale {
  /** BCP 47 language tag, e.g. `"de"` or `"pt-BR"` (set as the `lang` of the form). */
  code: string;
  /** Every UI string of the form and of the widget in this language; the shipped packs include the `oauth*` keys. */
  messages: CredentialWidgetAllMessages;
  /**
   * The strings of edit mode and the connections list (`@credential-form/react/connectors`) in this language;
   * without them those stay English.
   */
  connectorMessages?: ConnectorMessages;
  /**
   * Re-words core's validation errors in this language from their keyword and params (the packs use `ajv-i18n`);
   * without it the validation messages stay core's English ones.
   */
  localizeValidation?: (errors: readonly ConfigError[]) => ConfigError[];
  /**
   * Builds RJSF's `translateString` from the form's merged messages, so that the strings RJSF itself shows (a free-form
   * object's key label, a boolean's Yes/No, a field it cannot render…) follow the pack; the shipped packs use
   * `rjsfTranslator` (exported for a host's own locale). Without it they stay RJSF's English, and the form ships no
   * translator.
   */
  rjsfTranslator?: (messages: CredentialFormMessages) => Registry["translateString"];
}
