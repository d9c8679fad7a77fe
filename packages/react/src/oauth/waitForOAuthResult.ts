import { isOAuthMessage } from "./oauthMessage.js";
import { toOAuthOutcome } from "./toOAuthOutcome.js";

/** How a consent ended, as the form sees it. The secret id is never put in an event or a log. */
export type OAuthOutcome =
  | { kind: "connected"; secretId: string }
  | { kind: "denied" }
  | { kind: "closed" }
  | { kind: "failed"; error: string }
  | { kind: "aborted" };

/** Input of {@link waitForOAuthResult}. */
export interface WaitForOAuthResultInput {
  /** The popup the consent runs in (watched for being closed by the user). */
  popup: Window | null;
  /** The `state` this form generated for this consent: any other is ignored. */
  state: string;
  /** The window the form lives in (its origin is the only one accepted). @default window */
  win?: Window;
  signal?: AbortSignal;
  /** How often to check whether the popup was closed, in milliseconds. @default 500 */
  pollMs?: number;
}

/** Random, unguessable `state` for one consent. */
export function createOAuthState(win: Window = window): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Waits for the callback page's message: accepted only from the form's own origin and with this consent's
 * `state` (anything else, e.g. another tab's consent or another site, is ignored). Resolves `closed` when the user
 * closes the popup first.
 */
export function waitForOAuthResult(input: WaitForOAuthResultInput): Promise<OAuthOutcome> {
  const { popup, state, win = window, signal, pollMs = 500 } = input;
  return new Promise((resolve) => {
    let closedChecks = 0;
    const finish = (outcome: OAuthOutcome) => {
      win.removeEventListener("message", onMessage);
      win.clearInterval(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(outcome);
    };
    function onMessage(event: MessageEvent) {
      if (event.origin !== win.location.origin || !isOAuthMessage(event.data)) return;
      if (event.data.state === state) finish(toOAuthOutcome(event.data));
    }
    function onAbort() {
      finish({ kind: "aborted" });
    }
    const timer = win.setInterval(() => {
      // Two checks in a row: the callback's message is posted just before the popup closes itself.
      if (popup?.closed) closedChecks++;
      if (closedChecks >= 2) finish({ kind: "closed" });
    }, pollMs);
    win.addEventListener("message", onMessage);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}
