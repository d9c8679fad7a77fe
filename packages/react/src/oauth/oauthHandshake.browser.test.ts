import { afterEach, describe, expect, it } from "vitest";
import { completeOAuthRedirect } from "./completeOAuthRedirect.js";
import { OAUTH_MESSAGE_TYPE } from "./oauthMessage.js";
import { openOAuthPopup } from "./openOAuthPopup.js";
import { createOAuthState, type OAuthOutcome, waitForOAuthResult } from "./waitForOAuthResult.js";

/** A page the test server serves on this origin (stands in for the host's callback page). */
const SAME_ORIGIN_PAGE = `${window.location.origin}/@vite/client`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Whether the promise has settled within `ms`. */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | "pending"> {
  return Promise.race([promise, new Promise<"pending">((r) => setTimeout(() => r("pending"), ms))]);
}

/** A sandboxed iframe (an opaque, foreign origin) that posts `message` to this window. */
function postFromForeignFrame(message: unknown) {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.srcdoc = `<script>parent.postMessage(${JSON.stringify(message)}, "*")</script>`;
  document.body.append(frame);
  cleanups.push(() => frame.remove());
}

describe("the OAuth message handshake (real Chromium)", () => {
  it("creates a fresh, unguessable state per consent", () => {
    const a = createOAuthState();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(createOAuthState()).not.toBe(a);
  });

  it("ignores a message from another origin, even with the right state", async () => {
    const state = createOAuthState();
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const result = waitForOAuthResult({ popup: null, state, signal: controller.signal });
    const seen = new Promise<string>((resolve) =>
      window.addEventListener("message", (e) => resolve(e.origin), { once: true }),
    );
    postFromForeignFrame({ type: OAUTH_MESSAGE_TYPE, state, secretId: "stolen-secret", error: null });
    // The message did arrive (from the opaque origin "null") and was ignored.
    expect(await seen).toBe("null");
    expect(await settledWithin(result, 200)).toBe("pending");
    controller.abort();
    expect(await result).toEqual({ kind: "aborted" });
  });

  it("ignores a message with another state, then accepts its own", async () => {
    const state = createOAuthState();
    const result = waitForOAuthResult({ popup: null, state });
    const post = (data: unknown) => window.postMessage(data, window.location.origin);
    post({ type: OAUTH_MESSAGE_TYPE, state: createOAuthState(), secretId: "other-consent", error: null });
    post({ type: "something-else", state, secretId: "x", error: null });
    expect(await settledWithin(result, 150)).toBe("pending");
    post({ type: OAUTH_MESSAGE_TYPE, state, secretId: "secret-123", error: null });
    expect(await result).toEqual<OAuthOutcome>({ kind: "connected", secretId: "secret-123" });
  });

  it("reports a denied consent", async () => {
    const state = createOAuthState();
    const result = waitForOAuthResult({ popup: null, state });
    window.postMessage(
      { type: OAUTH_MESSAGE_TYPE, state, secretId: null, error: "access_denied" },
      window.location.origin,
    );
    expect(await result).toEqual({ kind: "denied" });
  });

  it("the callback page posts to its opener at this exact origin and closes itself", async () => {
    const state = createOAuthState();
    const result = waitForOAuthResult({ popup: null, state });
    let closed = false;
    const replaced: (string | URL | null | undefined)[] = [];
    // The callback page as the popup sees it; its opener is this (real) window, so the real postMessage runs.
    const callbackPage = {
      location: {
        search: `?state=${state}&secret_id=secret-from-popup`,
        origin: window.location.origin,
        pathname: "/cb",
      },
      history: { replaceState: (_s: unknown, _t: string, url?: string | URL | null) => replaced.push(url) },
      opener: window,
      close: () => {
        closed = true;
      },
    } as unknown as Window;
    expect(completeOAuthRedirect(callbackPage)?.mode).toBe("popup");
    expect(await result).toEqual({ kind: "connected", secretId: "secret-from-popup" });
    expect(closed).toBe(true);
    expect(replaced).toEqual(["/cb"]);
  });

  it("a real popup: closing it before consent reports closed", async () => {
    const popup = openOAuthPopup();
    expect(popup).not.toBeNull();
    if (!popup) return;
    cleanups.push(() => popup.close());
    const waiting = waitForOAuthResult({ popup, state: createOAuthState(), pollMs: 50 });
    expect(await settledWithin(waiting, 150)).toBe("pending");
    popup.close();
    expect(await waiting).toEqual({ kind: "closed" });
  });

  it("without an opener (redirect mode) the callback returns the result and strips it from the URL", async () => {
    const frame = document.createElement("iframe");
    const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    frame.src = `${SAME_ORIGIN_PAGE}?state=abc&secret_id=s-1`;
    document.body.append(frame);
    cleanups.push(() => frame.remove());
    await loaded;
    const win = frame.contentWindow!;
    const result = completeOAuthRedirect(win);
    expect(result).toEqual({
      mode: "redirect",
      message: { type: OAUTH_MESSAGE_TYPE, state: "abc", secretId: "s-1", error: null },
    });
    expect(win.location.search).toBe("");
    expect(completeOAuthRedirect(win)).toBeNull();
  });
});
