import { isOAuthMessage, type OAuthMessage } from "./oauthMessage.js";
import { oauthStorageKey } from "./oauthStorageKey.js";
import type { OAuthRedirectDraft } from "./saveOAuthRedirect.js";

/** A full-page consent that came back: its `state`, the form's draft and the callback page's result. */
export interface FoundOAuthRedirect {
  state: string;
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
 * Looks (without taking it) for the result of a full-page consent this tab started: a result the callback page
 * stored under a `state` for which this tab saved a draft of a form of `templateId` (any template when
 * `undefined`). A result under any other state, or one whose message names another state, is ignored. `null` when
 * there is none or the storage cannot be read.
 */
export function findOAuthRedirect(storage: Storage, templateId?: string | null): FoundOAuthRedirect | null {
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(RESULT_PREFIX)) continue;
      const state = key.slice(RESULT_PREFIX.length);
      const draft = parse(storage.getItem(oauthStorageKey("draft", state))) as OAuthRedirectDraft | null;
      const message = parse(storage.getItem(key));
      if (!draft?.values || typeof draft.values !== "object") continue;
      if (templateId !== undefined && draft.templateId !== templateId) continue;
      if (!isOAuthMessage(message) || message.state !== state) continue;
      return { state, draft, message };
    }
  } catch {
    // No storage (e.g. blocked by the browser's settings): nothing came back.
  }
  return null;
}
