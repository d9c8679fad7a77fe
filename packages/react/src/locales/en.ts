import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import { defaultMessages } from "../messages.js";
import { oauthDefaultMessages } from "../oauth/oauthDefaultMessages.js";
import { rjsfDefaultMessages } from "../theme/rjsfDefaultMessages.js";
import { rjsfTranslator } from "../theme/rjsfTranslator.js";
import { defaultWidgetMessages } from "../widget/widgetMessages.js";

/**
 * English: the default strings (`defaultMessages`, RJSF's own, the widget's, OAuth's and the connections list's),
 * and core's own English validation messages (which name the field, e.g. "API Key is required", rather than ajv's).
 */
export const en: CredentialFormLocale = {
  code: "en",
  // The form's keys (RJSF's strings among them), then the widget's, then OAuth's: the order of every pack.
  messages: { ...defaultMessages, ...rjsfDefaultMessages, ...defaultWidgetMessages, ...oauthDefaultMessages },
  connectorMessages: defaultConnectorMessages,
  // RJSF words these strings the same, but a host's `messages` may reword them.
  rjsfTranslator,
};
