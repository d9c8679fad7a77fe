// Full-page OAuth redirect mode: the form leaves for the consent page in this tab (forced, or chosen when the popup
// is blocked), the callback page (`completeOAuthRedirect`) stores the result and goes back, and the form rendered
// again for the same template restores its non-secret values and finishes the create. Against the sandbox (MSW).
import { type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { act, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormCreateProps } from "../CredentialForm.js";
import { assignLocation } from "../oauth/assignLocation.js";
import { OAUTH_MESSAGE_TYPE } from "../oauth/oauthMessage.js";
import { consentInTab as answerConsentInTab } from "../test/oauthConsent.js";
import { renderSandboxForm } from "../test/renderSandboxForm.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

// jsdom cannot navigate: the tab's departure to the consent page is recorded instead.
vi.mock("../oauth/assignLocation.js", () => ({ assignLocation: vi.fn() }));

const mock = sandboxApiServer();

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
const OTHER_TEMPLATE = "00000000-0000-4000-8000-000000000000";
const VALUES = {
  start_date: "2024-01-01T00:00:00Z",
  lookback_window: 7,
  credentials: {
    credentials_title: "OAuth Credentials",
    refresh_token: "rt-SECRET-4567",
    client_secret: "cs-SECRET-8901",
  },
};
let api: MockApi;
let token: string;
beforeEach(async () => {
  api = mock.api;
  sessionStorage.clear();
  vi.mocked(assignLocation).mockClear();
  token = await mock.scopedToken("redirect-user");
});

/** The form's "Lookback window" value, from its collapsed "More options" section (opened for it). */
async function lookbackWindow(): Promise<string> {
  const user = userEvent.setup();
  const toggle = screen.getAllByRole("button", { name: /^More options/ }).at(-1) as HTMLElement;
  if (toggle.getAttribute("aria-expanded") !== "true") await user.click(toggle);
  return (screen.getByRole("spinbutton", { name: /^Lookback window/i }) as HTMLInputElement).value;
}

/** Everything in sessionStorage, keys and values, as one text. */
function storageText(): string {
  return JSON.stringify(Object.entries({ ...sessionStorage }));
}

function renderHubSpot(props: Partial<CredentialFormCreateProps> = {}) {
  return renderSandboxForm(api, {
    token,
    template: { id: HUBSPOT.id },
    oauthRedirectUrl: "/oauth-callback.html",
    ...props,
  });
}

/** Answers the sandbox's consent page and runs the callback page in this tab (no opener), as the browser would. */
const consentInTab = (consentUrl: string, decision: "allow" | "deny") =>
  answerConsentInTab(api, consentUrl, decision);

/** Clicks Connect in forced redirect mode and returns where the tab was sent. */
async function leaveForConsent(): Promise<string> {
  const user = userEvent.setup();
  const open = vi.spyOn(window, "open");
  const view = renderHubSpot({ oauthMode: "redirect", initialValues: VALUES });
  await user.click(await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 }));
  await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1));
  await screen.findByText("Taking you to the consent page…");
  expect(open).not.toHaveBeenCalled();
  view.unmount();
  return vi.mocked(assignLocation).mock.calls[0]?.[0] ?? "";
}

describe("<CredentialForm> OAuth in full-page redirect mode", () => {
  it("leaves with the non-secret values only, comes back Connected with them restored, creates, keys removed", async () => {
    const consentUrl = await leaveForConsent();
    expect(consentUrl).toContain("/oauth/consent/");
    // What the tab keeps while it is away: the form's URL and its draft under the consent's state, no secret.
    const keys = Object.keys(sessionStorage).sort();
    expect(keys).toHaveLength(2);
    const state = keys[0]?.replace("credential-form:oauth-draft:", "") ?? "";
    expect(state).toMatch(/^[0-9a-f]{32}$/);
    expect(keys).toEqual([`credential-form:oauth-draft:${state}`, `credential-form:oauth-return:${state}`]);
    expect(sessionStorage.getItem(`credential-form:oauth-return:${state}`)).toBe(window.location.href);
    const draft = JSON.parse(sessionStorage.getItem(`credential-form:oauth-draft:${state}`) ?? "{}");
    expect(draft.templateId).toBe(HUBSPOT.id);
    // The refresh token and client secret the form held are not kept; the other values are.
    expect(draft.values).toMatchObject({
      start_date: VALUES.start_date,
      lookback_window: 7,
      credentials: { credentials_title: "OAuth Credentials" },
    });
    expect(Object.keys(draft.values.credentials)).toEqual(["credentials_title"]);
    expect(storageText()).not.toMatch(/SECRET/);

    const { back, replace } = await consentInTab(consentUrl, "allow");
    expect(back.searchParams.get("state")).toBe(state);
    const secretId = back.searchParams.get("secret_id") ?? "";
    expect(secretId).toMatch(/^sandbox-oauth-/);
    // The callback page went back to the form's page; the secret id never reached the storage's other keys.
    expect(replace).toHaveBeenCalledWith(window.location.href);
    expect(storageText()).not.toMatch(/SECRET/);

    // The host renders the form of the same template again: it takes the result, once.
    const user = userEvent.setup();
    renderHubSpot();
    await screen.findByText("Connected ✓", undefined, { timeout: 10_000 });
    expect(sessionStorage.length).toBe(0);
    await expect(lookbackWindow()).resolves.toBe("7");
    expect(document.body.textContent).not.toContain(secretId);
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });
    const [source] = await api.sources();
    expect(source?.configuration).toMatchObject({
      start_date: VALUES.start_date,
      lookback_window: 7,
      credentials: { refresh_token: expect.stringMatching(/^sandbox-oauth-refresh_token-/) },
    });
  });

  it("a denied consent comes back as 'Access was denied', the values restored and the keys removed", async () => {
    const consentUrl = await leaveForConsent();
    await consentInTab(consentUrl, "deny");
    renderHubSpot();
    await screen.findByText("Access was denied. Connect again to continue.", undefined, { timeout: 10_000 });
    expect(sessionStorage.length).toBe(0);
    await expect(lookbackWindow()).resolves.toBe("7");
  });

  it("Back from the consent page to a new page: the form of that template removes the draft, shows Connect", async () => {
    await leaveForConsent();
    expect(sessionStorage.length).toBe(2);
    // The browser loads the form's page again (a new document, started after the draft was saved); no result.
    vi.spyOn(performance, "timeOrigin", "get").mockReturnValue(Date.now() + 1);
    renderHubSpot();
    const connect = await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    await waitFor(() => expect(sessionStorage.length).toBe(0));
    expect(connect).toHaveProperty("disabled", false);
    await expect(lookbackWindow()).resolves.not.toBe("7");
  });

  it("Back from the consent page to this very page (back/forward cache): the draft goes, Connect works again", async () => {
    const user = userEvent.setup();
    renderHubSpot({ oauthMode: "redirect", initialValues: VALUES });
    const connect = await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    await user.click(connect);
    await screen.findByText("Taking you to the consent page…");
    expect(sessionStorage.length).toBe(2);
    // A page shown again from the back/forward cache without `persisted` is a new load: nothing changes then.
    act(() => {
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: false }));
    });
    expect(sessionStorage.length).toBe(2);
    act(() => {
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
    });
    expect(sessionStorage.length).toBe(0);
    expect(screen.queryByText("Taking you to the consent page…")).toBeNull();
    expect(connect).toHaveProperty("disabled", false);
  });

  it("ignores a result under a state this tab saved no draft for, for another template, or naming another state", async () => {
    const message = (state: string) => ({ type: OAUTH_MESSAGE_TYPE, state, secretId: "sid-x", error: null });
    const draft = (templateId: string) => JSON.stringify({ templateId, values: { lookback_window: 99 } });
    // Foreign state: a result nobody here asked for.
    sessionStorage.setItem("credential-form:oauth-result:foreign", JSON.stringify(message("foreign")));
    // Another template's consent: that form takes it, not this one.
    sessionStorage.setItem("credential-form:oauth-draft:other", draft(OTHER_TEMPLATE));
    sessionStorage.setItem("credential-form:oauth-result:other", JSON.stringify(message("other")));
    // A result whose message names another state than its key.
    sessionStorage.setItem("credential-form:oauth-draft:swapped", draft(HUBSPOT.id));
    sessionStorage.setItem("credential-form:oauth-result:swapped", JSON.stringify(message("foreign")));
    const before = storageText();
    renderHubSpot();
    const connect = await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(connect).toBeDefined();
    expect(screen.queryByText("Connected ✓")).toBeNull();
    await expect(lookbackWindow()).resolves.not.toBe("99");
    expect(storageText()).toBe(before);
  });

  it("a blocked popup offers to continue in this tab with the consent it initiated", async () => {
    const user = userEvent.setup();
    vi.spyOn(window, "open").mockImplementation(() => null);
    renderHubSpot({ initialValues: VALUES });
    await user.click(
      await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 }),
    );
    const link = await screen.findByRole("link", { name: "Open the consent page" });
    await user.click(screen.getByRole("button", { name: "Continue in this tab" }));
    expect(assignLocation).toHaveBeenCalledWith(link.getAttribute("href"));
    const state = new URL(
      sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.includes("return")) ?? "") ?? "",
    );
    expect(state.href).toBe(window.location.href);
    expect(storageText()).not.toMatch(/SECRET/);
    const { back } = await consentInTab(link.getAttribute("href") ?? "", "allow");
    expect(Object.keys(sessionStorage)).toContain(
      `credential-form:oauth-result:${back.searchParams.get("state")}`,
    );
  });
});
