// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { completeOAuthRedirect } from "./completeOAuthRedirect.js";
import { findOAuthRedirect } from "./findOAuthRedirect.js";
import { OAUTH_MESSAGE_TYPE } from "./oauthMessage.js";
import { saveOAuthRedirect } from "./saveOAuthRedirect.js";
import { takeOAuthRedirect } from "./takeOAuthRedirect.js";

afterEach(() => sessionStorage.clear());

/** A callback page without an opener at `search`, over this test's sessionStorage, loaded now (a new document). */
function callbackPage(search: string) {
  const replace = vi.fn();
  const win = {
    location: { search, pathname: "/oauth-callback.html", origin: "http://localhost", replace },
    history: { replaceState: vi.fn() },
    opener: null,
    sessionStorage,
    performance: { timeOrigin: Date.now() + 1 },
  } as unknown as Window;
  return { win, replace };
}

describe("full-page redirect storage", () => {
  it("round trip: saved draft + callback result are taken once by the same template, then nothing is left", () => {
    expect(
      saveOAuthRedirect(sessionStorage, "s1", "http://localhost/form?template=t1", {
        templateId: "t1",
        values: { a: 1 },
      }),
    ).toBe(true);
    const { win, replace } = callbackPage("?state=s1&secret_id=sid-1");
    expect(completeOAuthRedirect(win)?.mode).toBe("redirect");
    expect(replace).toHaveBeenCalledWith("http://localhost/form?template=t1");
    expect(takeOAuthRedirect(sessionStorage, "t2")).toBeNull();
    expect(takeOAuthRedirect(sessionStorage, "t1")).toEqual({
      draft: { templateId: "t1", values: { a: 1 }, savedAt: expect.any(Number) },
      message: { type: OAUTH_MESSAGE_TYPE, state: "s1", secretId: "sid-1", error: null },
    });
    expect(sessionStorage.length).toBe(0);
    expect(takeOAuthRedirect(sessionStorage, "t1")).toBeNull();
  });

  it("the callback page stores nothing and stays when no form of this tab asked for that state", () => {
    const { win, replace } = callbackPage("?state=unknown&secret_id=sid-2");
    expect(completeOAuthRedirect(win)?.mode).toBe("redirect");
    expect(replace).not.toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
  });

  it("ignores a draft or result that is not valid JSON, and a storage that throws", () => {
    sessionStorage.setItem("credential-form:oauth-draft:s3", "{not json");
    sessionStorage.setItem(
      "credential-form:oauth-result:s3",
      JSON.stringify({ type: OAUTH_MESSAGE_TYPE, state: "s3", secretId: "x", error: null }),
    );
    sessionStorage.setItem(
      "credential-form:oauth-draft:s4",
      JSON.stringify({ templateId: "t1", values: {} }),
    );
    sessionStorage.setItem("credential-form:oauth-result:s4", "{not json");
    expect(takeOAuthRedirect(sessionStorage, "t1")).toBeNull();
    expect(sessionStorage.length).toBe(4);
    const throwing = {
      get length(): number {
        throw new Error("denied");
      },
    } as unknown as Storage;
    expect(takeOAuthRedirect(throwing, "t1")).toBeNull();
    const full = {
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: vi.fn(),
    } as unknown as Storage;
    expect(saveOAuthRedirect(full, "s5", "http://localhost/", { templateId: "t1", values: {} })).toBe(false);
  });
});

/** Saves a draft for `state` as a page of this tab that started loading `ago` ms before this document did. */
function saveEarlier(state: string, templateId: string, ago = 5000) {
  const now = vi.spyOn(Date, "now").mockReturnValue(performance.timeOrigin - ago);
  saveOAuthRedirect(sessionStorage, state, "http://localhost/form", { templateId, values: { a: 1 } });
  now.mockRestore();
}

describe("a consent that comes back without a result leaves no draft behind", () => {
  it("Back from the consent page: the form's page removes the drafts an earlier page left, keeps results and its own", () => {
    saveEarlier("back", "t1");
    // Another template's consent that did come back: kept for its form.
    saveEarlier("other", "t2");
    sessionStorage.setItem(
      "credential-form:oauth-result:other",
      JSON.stringify({ type: OAUTH_MESSAGE_TYPE, state: "other", secretId: "sid", error: null }),
    );
    // A consent this very page is leaving for right now.
    saveOAuthRedirect(sessionStorage, "leaving", "http://localhost/form", { templateId: "t1", values: {} });
    expect(takeOAuthRedirect(sessionStorage, "t1")).toBeNull();
    expect(Object.keys(sessionStorage).sort()).toEqual([
      "credential-form:oauth-draft:leaving",
      "credential-form:oauth-draft:other",
      "credential-form:oauth-result:other",
      "credential-form:oauth-return:leaving",
      "credential-form:oauth-return:other",
    ]);
    expect(findOAuthRedirect(sessionStorage)?.draft.templateId).toBe("t2");
  });

  it("a draft without a saving time (or not JSON) and no result counts as stale", () => {
    sessionStorage.setItem(
      "credential-form:oauth-draft:old",
      JSON.stringify({ templateId: "t1", values: {} }),
    );
    sessionStorage.setItem("credential-form:oauth-return:old", "http://localhost/form");
    sessionStorage.setItem("credential-form:oauth-return:orphan", "http://localhost/form");
    sessionStorage.setItem("unrelated", "kept");
    expect(takeOAuthRedirect(sessionStorage, "t1")).toBeNull();
    expect(Object.keys(sessionStorage)).toEqual(["unrelated"]);
  });

  it.each([
    ["without a state", "?secret_id=sid-9"],
    ["with a state this tab saved nothing for", "?state=forged&secret_id=sid-9"],
  ])("the callback page %s removes the drafts waiting for a result, and keeps results", (_, search) => {
    saveEarlier("mine", "t1");
    sessionStorage.setItem("credential-form:oauth-result:done", "{}");
    sessionStorage.setItem("credential-form:oauth-draft:done", "{}");
    const { win, replace } = callbackPage(search);
    completeOAuthRedirect(win);
    expect(replace).not.toHaveBeenCalled();
    expect(Object.keys(sessionStorage).sort()).toEqual([
      "credential-form:oauth-draft:done",
      "credential-form:oauth-result:done",
    ]);
  });

  it("a popup's callback page leaves the storage alone", () => {
    saveEarlier("mine", "t1");
    const win = {
      location: { search: "?secret_id=x", pathname: "/cb", origin: "http://localhost", replace: vi.fn() },
      history: { replaceState: vi.fn() },
      opener: { postMessage: vi.fn() },
      close: vi.fn(),
      sessionStorage,
    } as unknown as Window;
    expect(completeOAuthRedirect(win)).toBeNull();
    expect(sessionStorage.length).toBe(2);
  });
});
