import type { WidgetProps } from "@rjsf/utils";
import type { CredentialFormMessages } from "../messages.js";
import type { OAuthWidgetOptions } from "../oauth/OAuthConnectWidget.js";
import { valueAtPointer } from "../oauth/valueAtPointer.js";
import { formMessages } from "../theme/formMessages.js";
import type { ConnectorEditContext } from "./ConnectorEditContext.js";
import { type ConnectorMessages, defaultConnectorMessages } from "./connectorMessages.js";

/**
 * Whether the stored config used the OAuth option: its discriminator says so, or (none stored) it holds one of
 * the fields the consent fills. Without a discriminator the OAuth option is the only one.
 */
function storedWithOAuth(plan: OAuthWidgetOptions["controller"]["plan"], stored: unknown): boolean {
  if (!plan.predicate) return true;
  const chosen = valueAtPointer(stored, plan.predicate.path);
  if (chosen !== undefined) return chosen === plan.predicate.value;
  return plan.hiddenPaths.some((path) => valueAtPointer(stored, path) !== undefined);
}

/**
 * Edit mode's OAuth option, in place of "Connect with …": the Agent API's `PUT /connectors/{id}` takes no new
 * consent (no `server_side_oauth_secret_id`), so a consent run here would be dropped on save. It states instead
 * that the stored authorisation is kept (or, for a connector stored with another option, that connecting is not
 * available here), as text in place of the button (the user cannot start a consent from edit mode).
 */
export function StoredOAuthWidget(props: WidgetProps) {
  const { id } = props;
  const { controller, connectorName } = props.options.cfOAuth as OAuthWidgetOptions;
  const context = props.registry.formContext as ConnectorEditContext | undefined;
  const messages = {
    ...defaultConnectorMessages,
    ...formMessages(props.registry),
  } as CredentialFormMessages & ConnectorMessages;
  const kept = storedWithOAuth(controller.plan, context?.storedConfig);
  const status = kept ? messages.editOAuthKept(connectorName) : messages.editOAuthUnavailable(connectorName);
  // After a save with this option picked, the same text is the field's error (explainHiddenOAuthErrors): once.
  const repeated = props.rawErrors?.includes(status) === true;
  return (
    <div className="cf-oauth" id={id} tabIndex={-1}>
      {!repeated && (
        <p id={`${id}-oauth-status`} className="cf-oauth-connected">
          {status}
        </p>
      )}
    </div>
  );
}
