import type { WidgetProps } from "@rjsf/utils";
import { useSyncExternalStore } from "react";
import type { OAuthController, OAuthStatus } from "./createOAuthController.js";
import type { OAuthMessages } from "./oauthDefaultMessages.js";

/** What the OAuth button needs, handed to it in its uiSchema's `ui:options` (`cfOAuth`). */
export interface OAuthWidgetOptions {
  controller: OAuthController;
  /** Runs the consent (`reopen`: the pending consent page again, in a popup). */
  connect(reopen?: boolean): void;
  /** Runs the pending consent in this tab (full-page redirect mode) after the popup was blocked. */
  continueInTab(): void;
  messages: OAuthMessages;
  connectorName: string;
  icon: string | null;
}

/** The "Connect with …" button, its connected state and its errors, in place of the OAuth option's token field. */
export function OAuthConnectWidget(props: WidgetProps) {
  const { controller, connect, continueInTab, messages, connectorName, icon } = props.options
    .cfOAuth as OAuthWidgetOptions;
  const view = useSyncExternalStore(controller.subscribe, controller.getState);
  const { id, disabled, readonly } = props;
  const describedBy = `${id}-oauth-status`;
  const problem: Partial<Record<OAuthStatus, string>> = {
    blocked: messages.oauthBlocked,
    denied: messages.oauthDenied,
    closed: messages.oauthClosed,
    expired: messages.oauthExpired,
    failed: messages.oauthFailed,
    missing: `${messages.oauthMissingInputs} ${view.missing.join(", ")}`,
  };
  const message = problem[view.status];
  const busy = view.status === "waiting" || view.status === "redirecting";
  return (
    <div className="cf-oauth" id={id} tabIndex={-1}>
      {view.status === "connected" ? (
        <p className="cf-oauth-connected">
          <span>{messages.oauthConnected}</span>{" "}
          <button
            type="button"
            className="cf-button"
            onClick={() => connect()}
            disabled={disabled || readonly}
          >
            {messages.oauthReconnect}
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="cf-button cf-button-primary cf-oauth-connect"
          onClick={() => connect()}
          disabled={disabled || readonly || busy}
          aria-describedby={message ? describedBy : undefined}
        >
          {icon && <img src={icon} alt="" width={16} height={16} />}
          {messages.oauthConnect(connectorName)}
        </button>
      )}
      {busy && (
        <p role="status" className="cf-oauth-status">
          {view.status === "waiting" ? messages.oauthWaiting : messages.oauthRedirecting}
        </p>
      )}
      {message && (
        <p role="alert" id={describedBy} className="cf-oauth-error">
          {message}{" "}
          {view.status === "blocked" && view.consentUrl && (
            <>
              <a
                href={view.consentUrl}
                target="_blank"
                rel="noreferrer"
                onClick={(event) => {
                  event.preventDefault();
                  connect(true);
                }}
              >
                {messages.oauthOpenConsent}
              </a>{" "}
              <button
                type="button"
                className="cf-button"
                onClick={continueInTab}
                disabled={disabled || readonly}
              >
                {messages.oauthContinueInTab}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
