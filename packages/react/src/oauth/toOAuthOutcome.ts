import type { OAuthMessage } from "./oauthMessage.js";
import type { OAuthOutcome } from "./waitForOAuthResult.js";

/** What a callback page's result means for the form (popup and full-page redirect modes alike). */
export function toOAuthOutcome(message: OAuthMessage): OAuthOutcome {
  const { secretId, error } = message;
  if (secretId && !error) return { kind: "connected", secretId };
  if (error === "access_denied") return { kind: "denied" };
  return { kind: "failed", error: error ?? "missing_secret" };
}
