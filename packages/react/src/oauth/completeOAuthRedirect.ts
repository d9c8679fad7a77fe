import { dropStaleOAuthDrafts } from "./dropStaleOAuthDrafts.js";
import { OAUTH_MESSAGE_TYPE, type OAuthMessage } from "./oauthMessage.js";
import { oauthStorageKey } from "./oauthStorageKey.js";

/** What {@link completeOAuthRedirect} found in the callback URL and did with it. */
export interface OAuthRedirectResult {
  /** `popup`: handed to the opener (and the window closes); `redirect`: no opener, stored for the form's page. */
  mode: "popup" | "redirect";
  message: OAuthMessage;
}

/**
 * Runs on the host's OAuth callback page (the `redirect_url`): reads `secret_id` (or `error`) and the form's
 * `state` from the URL, hands them to the window that opened the consent popup with `postMessage` to this page's
 * own origin only (the form's origin), removes them from the address bar and closes the popup. Without an opener
 * (full-page redirect mode) it stores the result in sessionStorage for the form and goes back to the form's page
 * (the URL the form stored for this `state`). When there is none (or no state), the drafts this tab saved for
 * a consent are removed (see `dropStaleOAuthDrafts`): that consent cannot come back. `null` when the URL has no
 * state.
 */
export function completeOAuthRedirect(win: Window = window): OAuthRedirectResult | null {
  const params = new URLSearchParams(win.location.search);
  const state = params.get("state");
  const opener = win.opener as Window | null;
  const redirectMode = !opener || opener === win;
  /** Back in this tab with nothing usable: the drafts this tab saved for a consent are of no use any more. */
  const dropDrafts = () => {
    try {
      dropStaleOAuthDrafts(win.sessionStorage, win.performance?.timeOrigin);
    } catch {
      // No storage.
    }
  };
  if (!state) {
    if (redirectMode) dropDrafts();
    return null;
  }
  const message: OAuthMessage = {
    type: OAUTH_MESSAGE_TYPE,
    state,
    secretId: params.get("secret_id"),
    error: params.get("error") ?? (params.get("secret_id") ? null : "missing_secret"),
  };
  // Keep the one-time secret out of the history and any later Referer.
  win.history.replaceState(null, "", win.location.pathname);
  if (opener && !redirectMode) {
    // The exact origin: only a form on the host's own origin can read it.
    opener.postMessage(message, win.location.origin);
    win.close();
    return { mode: "popup", message };
  }
  // Full-page redirect mode: the form's page takes the result from sessionStorage under its one-time keys.
  try {
    const back = win.sessionStorage.getItem(oauthStorageKey("return", state));
    if (back) {
      win.sessionStorage.setItem(oauthStorageKey("result", state), JSON.stringify(message));
      win.location.replace(back);
    } else dropDrafts();
  } catch {
    // No storage: nothing to go back to.
  }
  return { mode: "redirect", message };
}
