import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import { oauthDefaultMessages } from "../oauth/oauthDefaultMessages.js";
import { defaultWidgetMessages } from "../widget/widgetMessages.js";

/**
 * English: the default strings (`defaultMessages`, the widget's, OAuth's and the connections list's), and core's
 * own English validation messages (which name the field, e.g. "API Key is required", rather than ajv's).
 */
export const en: CredentialFormLocale = {
  code: "en",
  messages: { ...defaultWidgetMessages, ...oauthDefaultMessages },
  connectorMessages: defaultConnectorMessages,
};
