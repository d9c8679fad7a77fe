import { dropStaleOAuthDrafts } from "./dropStaleOAuthDrafts.js";
import { findOAuthRedirect } from "./findOAuthRedirect.js";
import type { OAuthMessage } from "./oauthMessage.js";
import { oauthStorageKey } from "./oauthStorageKey.js";
import type { OAuthRedirectDraft } from "./saveOAuthRedirect.js";

/** A full-page consent that came back: the form's draft and the callback page's result. */
export interface OAuthRedirectReturn {
  draft: OAuthRedirectDraft;
  message: OAuthMessage;
}

/**
 * Takes the result of a full-page consent this tab started from a form of `templateId` (see `findOAuthRedirect`)
 * and removes its keys (one use); first removes the drafts of consents that came back without a result
 * (`dropStaleOAuthDrafts`). `null` when there is none.
 */
export function takeOAuthRedirect(storage: Storage, templateId: string | null): OAuthRedirectReturn | null {
  dropStaleOAuthDrafts(storage);
  const found = findOAuthRedirect(storage, templateId);
  if (!found) return null;
  try {
    for (const kind of ["result", "draft", "return"] as const)
      storage.removeItem(oauthStorageKey(kind, found.state));
  } catch {
    return null;
  }
  return { draft: found.draft, message: found.message };
}
