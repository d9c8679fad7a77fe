/**
 * The sessionStorage key of the full-page redirect mode for one consent `state`: `return` (the form's URL, read by
 * the callback page), `result` (the callback page's message) and `draft` (the form's non-secret values). The same
 * strings are in `oauth-callback.html`.
 */
export function oauthStorageKey(kind: "return" | "result" | "draft", state: string): string {
  return `credential-form:oauth-${kind}:${state}`;
}
