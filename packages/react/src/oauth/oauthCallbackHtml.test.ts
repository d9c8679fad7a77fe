// @vitest-environment jsdom
// The ready oauth-callback.html repeats completeOAuthRedirect() for hosts without a bundler: its script, run here
// on a page of this tab, must remove the drafts of a consent that cannot come back, as the function does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const html = readFileSync(path.join(import.meta.dirname, "../../oauth-callback.html"), "utf8");
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

afterEach(() => sessionStorage.clear());

/** Runs the page's script at `search` (no opener: full-page redirect mode). */
function runCallbackPage(search: string) {
  window.history.replaceState(null, "", `/oauth-callback.html${search}`);
  new Function(script)();
}

describe("oauth-callback.html", () => {
  it.each([
    ["without a state", "?secret_id=sid"],
    ["with a state this tab saved nothing for", "?state=forged&secret_id=sid"],
  ])("%s: removes the drafts an earlier page saved that have no result, keeps results", (_, search) => {
    expect(script).toContain("credential-form:oauth-");
    // Saved by an earlier page of this tab (before this document started).
    sessionStorage.setItem("credential-form:oauth-draft:mine", JSON.stringify({ values: {}, savedAt: 1 }));
    sessionStorage.setItem("credential-form:oauth-return:mine", "http://localhost/form");
    sessionStorage.setItem("credential-form:oauth-draft:done", JSON.stringify({ values: {}, savedAt: 1 }));
    sessionStorage.setItem("credential-form:oauth-result:done", "{}");
    runCallbackPage(search);
    expect(Object.keys(sessionStorage).sort()).toEqual([
      "credential-form:oauth-draft:done",
      "credential-form:oauth-result:done",
    ]);
    // The secret id is gone from the address bar.
    expect(window.location.search).toBe(search.includes("state") ? "" : search);
  });
});
