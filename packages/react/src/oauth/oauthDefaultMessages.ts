import type { CredentialFormMessages } from "../messages.js";

/** The OAuth strings of {@link CredentialFormMessages}, all given. */
export type OAuthMessages = Required<
  Pick<CredentialFormMessages, `oauth${string}` & keyof CredentialFormMessages>
>;

/** English defaults of the OAuth strings: loaded with the OAuth code only, so forms without OAuth do not ship them. */
export const oauthDefaultMessages: OAuthMessages = {
  oauthConnect: (connector) => `Connect with ${connector}`,
  oauthWaiting: "Waiting for you to finish in the consent window…",
  oauthConnected: "Connected ✓",
  oauthReconnect: "Reconnect",
  oauthBlocked: "Your browser blocked the consent window.",
  oauthOpenConsent: "Open the consent page",
  oauthContinueInTab: "Continue in this tab",
  oauthRedirecting: "Taking you to the consent page…",
  oauthDenied: "Access was denied. Connect again to continue.",
  oauthClosed: "The consent window was closed before you finished.",
  oauthExpired: "The connection expired. Reconnect to continue.",
  oauthFailed: "We couldn't connect. Please try again.",
  oauthRequired: (connector) => `Connect with ${connector} to continue.`,
  oauthMissingInputs: "Fill in these fields first:",
};
