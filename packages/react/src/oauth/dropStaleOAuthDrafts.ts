import { oauthStorageKey } from "./oauthStorageKey.js";

const DRAFT_PREFIX = oauthStorageKey("draft", "");
const RETURN_PREFIX = oauthStorageKey("return", "");

/** When `draft` (its JSON) was saved, `-Infinity` when it does not say (a foreign or broken draft). */
function savedAt(draft: string | null): number {
  try {
    const at = (JSON.parse(draft ?? "null") as { savedAt?: unknown } | null)?.savedAt;
    return typeof at === "number" ? at : Number.NEGATIVE_INFINITY;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

/**
 * Removes the one-time keys (draft and return URL) of full-page consents that came back without a result: saved
 * before `before` (by default when this document started loading: by an earlier page of this tab, which the user
 * left for the consent page and came back to with Back, or through a callback URL without a usable `state`) and
 * with no result stored under their `state`. A consent this document is leaving for, and every result, are kept.
 */
export function dropStaleOAuthDrafts(storage: Storage, before: number = performance.timeOrigin): void {
  try {
    const states = new Set<string>();
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? "";
      if (key.startsWith(DRAFT_PREFIX)) states.add(key.slice(DRAFT_PREFIX.length));
      else if (key.startsWith(RETURN_PREFIX)) states.add(key.slice(RETURN_PREFIX.length));
    }
    for (const state of states) {
      if (storage.getItem(oauthStorageKey("result", state)) !== null) continue;
      if (savedAt(storage.getItem(oauthStorageKey("draft", state))) >= before) continue;
      storage.removeItem(oauthStorageKey("draft", state));
      storage.removeItem(oauthStorageKey("return", state));
    }
  } catch {
    // No storage: nothing to remove.
  }
}
