import { oauthStorageKey } from "./oauthStorageKey.js";

/** What a form keeps across a full-page consent: never a secret (see `omitSecretPaths`). */
export interface OAuthRedirectDraft {
  /** The template the form was created from: only a form of the same template takes the result. */
  templateId: string | null;
  /** The form's values without the secret ones. */
  values: Record<string, unknown>;
  /** When it was saved (`Date.now()`, set by {@link saveOAuthRedirect}): tells a stale draft from a pending one. */
  savedAt?: number;
}

/**
 * Stores, before a full-page redirect to the consent page, where the callback page must send the browser back
 * (`returnUrl`, the form's page) and the form's draft, under the consent's one-time `state`. `false` when the
 * storage cannot be written (then the tab must not leave: the form could not be restored).
 */
export function saveOAuthRedirect(
  storage: Storage,
  state: string,
  returnUrl: string,
  draft: OAuthRedirectDraft,
): boolean {
  try {
    storage.setItem(oauthStorageKey("draft", state), JSON.stringify({ ...draft, savedAt: Date.now() }));
    storage.setItem(oauthStorageKey("return", state), returnUrl);
    return true;
  } catch {
    storage.removeItem(oauthStorageKey("draft", state));
    return false;
  }
}
