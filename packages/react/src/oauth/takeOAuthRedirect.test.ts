// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { completeOAuthRedirect } from "./completeOAuthRedirect.js";
import { OAUTH_MESSAGE_TYPE } from "./oauthMessage.js";
import { saveOAuthRedirect } from "./saveOAuthRedirect.js";
import { takeOAuthRedirect } from "./takeOAuthRedirect.js";

afterEach(() => sessionStorage.clear());

/** A callback page without an opener at `search`, over this test's sessionStorage. */
function callbackPage(search: string) {
  const replace = vi.fn();
  const win = {
    location: { search, pathname: "/oauth-callback.html", origin: "http://localhost", replace },
    history: { replaceState: vi.fn() },
    opener: null,
    sessionStorage,
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
      draft: { templateId: "t1", values: { a: 1 } },
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
