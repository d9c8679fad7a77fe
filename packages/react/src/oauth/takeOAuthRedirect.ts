import { isOAuthMessage, type OAuthMessage } from "./oauthMessage.js";
import { oauthStorageKey } from "./oauthStorageKey.js";
import type { OAuthRedirectDraft } from "./saveOAuthRedirect.js";

/** A full-page consent that came back: the form's draft and the callback page's result. */
export interface OAuthRedirectReturn {
  draft: OAuthRedirectDraft;
  message: OAuthMessage;
}

const RESULT_PREFIX = oauthStorageKey("result", "");

function parse(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Finds the result of a full-page consent this tab started from a form of `templateId`: a result the callback page
 * stored under a `state` for which this tab saved a draft (a result under any other state, or one whose message
 * names another state, is ignored), and removes its keys (one use). `null` when there is none.
 */
export function takeOAuthRedirect(storage: Storage, templateId: string | null): OAuthRedirectReturn | null {
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(RESULT_PREFIX)) continue;
      const state = key.slice(RESULT_PREFIX.length);
      const draft = parse(storage.getItem(oauthStorageKey("draft", state))) as OAuthRedirectDraft | null;
      const message = parse(storage.getItem(key));
      if (!draft?.values || draft.templateId !== templateId || typeof draft.values !== "object") continue;
      if (!isOAuthMessage(message) || message.state !== state) continue;
      for (const kind of ["result", "draft", "return"] as const)
        storage.removeItem(oauthStorageKey(kind, state));
      return { draft, message };
    }
  } catch {
    // No storage (e.g. blocked by the browser's settings): nothing to resume.
  }
  return null;
}
