import type { MockApi } from "@credential-form/test-utils";
import { act } from "@testing-library/react";
import { expect, type Mock, vi } from "vitest";
import { completeOAuthRedirect } from "../oauth/completeOAuthRedirect.js";
import { OAUTH_MESSAGE_TYPE } from "../oauth/oauthMessage.js";

/** The stand-in popup of {@link fakePopup}: where the form sent it, and whether it was closed. */
export interface FakePopup {
  url: string;
  closed: boolean;
  /** Closes it, as the user closing the window would. */
  close(): void;
}

/** A stand-in popup for `window.open` (jsdom opens no windows): records where the form sends it. */
export function fakePopup(): FakePopup {
  const popup: FakePopup = {
    url: "",
    closed: false,
    close: () => {
      popup.closed = true;
    },
  };
  const handle = {
    get closed() {
      return popup.closed;
    },
    close: popup.close,
    location: {
      set href(url: string) {
        popup.url = url;
      },
    },
  };
  vi.spyOn(window, "open").mockImplementation(() => handle as unknown as Window);
  return popup;
}

/** Answers the sandbox's consent page at `url` and returns the callback URL it redirects to. */
export async function answerConsent(api: MockApi, url: string, decision: "allow" | "deny"): Promise<URL> {
  const answer = await api.sandbox.handle(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `decision=${decision}`,
    }),
  );
  return new URL(answer.headers.get("location") ?? "");
}

/**
 * Answers the sandbox's consent page at `url` and runs the callback page (`completeOAuthRedirect`) in this tab, with
 * no opener, as the browser does in full-page redirect mode. Returns the callback URL and the callback page's
 * `location.replace` (where it sent the tab back to).
 */
export async function consentInTab(
  api: MockApi,
  url: string,
  decision: "allow" | "deny",
): Promise<{ back: URL; replace: Mock }> {
  const back = await answerConsent(api, url, decision);
  const replace = vi.fn();
  const callbackPage = {
    location: { search: back.search, pathname: back.pathname, origin: window.location.origin, replace },
    history: { replaceState: () => undefined },
    opener: null,
    sessionStorage,
  } as unknown as Window;
  expect(completeOAuthRedirect(callbackPage)?.mode).toBe("redirect");
  return { back, replace };
}

/** Posts the result in the callback URL `back` to the form, as the host's callback page would from the popup. */
export function postConsentResult(back: URL): void {
  const message = {
    type: OAUTH_MESSAGE_TYPE,
    state: back.searchParams.get("state"),
    secretId: back.searchParams.get("secret_id"),
    error: back.searchParams.get("error"),
  };
  // jsdom's postMessage sets no origin: dispatch what the browser would deliver from the callback page.
  act(() => {
    window.dispatchEvent(new MessageEvent("message", { data: message, origin: window.location.origin }));
  });
}

/** Answers the consent page and hands its result to the form ({@link answerConsent}, {@link postConsentResult}). */
export async function completeConsent(api: MockApi, url: string, decision: "allow" | "deny"): Promise<URL> {
  const back = await answerConsent(api, url, decision);
  postConsentResult(back);
  return back;
}
