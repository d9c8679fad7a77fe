import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { defaultWidgetMessages } from "../widget/widgetMessages.js";

/**
 * English: the default strings (`defaultMessages` and the widget's), and core's own English validation messages
 * (which name the field, e.g. "API Key is required", rather than ajv's).
 */
export const en: CredentialFormLocale = {
  code: "en",
  messages: defaultWidgetMessages,
};
