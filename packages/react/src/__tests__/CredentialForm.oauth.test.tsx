import { type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { completeConsent, fakePopup } from "../test/oauthConsent.js";
import { renderSandboxForm } from "../test/renderSandboxForm.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

// Counts specs normalised (each cache miss of `normalizeSpec` starts with `limitSpecDepth`).
const normalised = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../../core/src/schema/limitSpecDepth.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../core/src/schema/limitSpecDepth.js")>();
  return {
    ...actual,
    limitSpecDepth: (...args: Parameters<typeof actual.limitSpecDepth>) => {
      normalised.count++;
      return actual.limitSpecDepth(...args);
    },
  };
});

const mock = sandboxApiServer();
const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
let api: MockApi;
beforeEach(() => {
  api = mock.api;
});

const scopedToken = (workspace: string) => mock.scopedToken(workspace);

/** Answers the sandbox's consent page and hands the result to the form as the callback page would. */
const consent = (url: string, decision: "allow" | "deny") => completeConsent(api, url, decision);

/** Serves this test a sandbox that seeds only one REPLICATION template, of `dockerRepository`. */
const onlyTemplate = (id: string, dockerRepository: string) =>
  mock.use({
    sandbox: {
      templates: [
        { id, docker_repository: dockerRepository, mode: "REPLICATION", partial_default_config: {} },
      ],
    },
  });

async function renderHubSpot(events: CredentialFormEvent[] = []) {
  const token = await scopedToken("oauth-user");
  renderSandboxForm(api, {
    token,
    template: { id: HUBSPOT.id },
    oauthRedirectUrl: "/oauth-callback.html",
    onEvent: (e) => events.push(e),
  });
  return screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
}

describe("<CredentialForm> with an OAuth connector (HubSpot, against the sandbox)", () => {
  it("Connect → consent → Connected ✓; submit creates with server_side_oauth_secret_id, never exposing it", async () => {
    const user = userEvent.setup();
    const events: CredentialFormEvent[] = [];
    const popup = fakePopup();
    const connect = await renderHubSpot(events);
    // The OAuth fields are not asked for.
    expect(screen.queryByLabelText(/refresh token/i)).toBeNull();
    await user.click(connect);
    expect(window.open).toHaveBeenCalledWith(
      "about:blank",
      "credential-form-oauth",
      expect.stringContaining("width=600,height=700"),
    );
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    await screen.findByText("Waiting for you to finish in the consent window…");
    const back = await consent(popup.url, "allow");
    const secretId = back.searchParams.get("secret_id") ?? "";
    expect(secretId).not.toBe("");
    expect(back.pathname).toBe("/oauth-callback.html");
    await screen.findByText("Connected ✓");
    expect(screen.getByRole("button", { name: "Reconnect" })).toBeDefined();
    expect(document.body.textContent).not.toContain(secretId);

    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });
    const [source] = await api.sources();
    expect(source?.configuration.credentials).toMatchObject({
      credentials_title: "OAuth Credentials",
      refresh_token: expect.stringMatching(/^sandbox-oauth-refresh_token-/),
    });
    expect(JSON.stringify(events)).not.toContain(secretId);
  });

  it("submitting before connecting asks to connect; a denied consent says so and allows retrying", async () => {
    const user = userEvent.setup();
    const popup = fakePopup();
    const connect = await renderHubSpot();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Connect with HubSpot to continue.");
    expect(await api.sources()).toEqual([]);
    await user.click(connect);
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    await consent(popup.url, "deny");
    await screen.findByText("Access was denied. Connect again to continue.");
    expect(screen.getByRole("button", { name: "Connect with HubSpot" })).toBeEnabled();
  });

  it("the first submit validates the OAuth view of the spec without normalising it again", async () => {
    const user = userEvent.setup();
    await renderHubSpot();
    normalised.count = 0;
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Connect with HubSpot to continue.");
    // The view is cut from the prepared (normalised) spec: normalising it again cost a first submit 15 ms on GA4.
    expect(normalised.count).toBe(0);
  });

  it("a blocked popup offers a link that opens the consent page; its result connects the form", async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const connect = await renderHubSpot();
    await user.click(connect);
    const link = await screen.findByRole("link", { name: "Open the consent page" });
    expect(link.getAttribute("href")).toContain("/oauth/consent/");
    const popup = fakePopup();
    await user.click(link);
    expect(open).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(popup.url).toBe(link.getAttribute("href")));
    // The reopened consent is the one initiated first, with its state: its result is taken.
    await consent(popup.url, "allow");
    await screen.findByText("Connected ✓");
  });
});

describe("<CredentialForm> OAuth: closed popup and expired secret", () => {
  it("closing the popup is reported; an expired secret asks to reconnect, and reconnecting creates the source", async () => {
    const user = userEvent.setup();
    let popup = fakePopup();
    const connect = await renderHubSpot();
    await user.click(connect);
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    popup.close();
    await screen.findByText("The consent window was closed before you finished.", undefined, {
      timeout: 5000,
    });

    popup = fakePopup();
    await user.click(screen.getByRole("button", { name: "Connect with HubSpot" }));
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    await consent(popup.url, "allow");
    await screen.findByText("Connected ✓");
    // The secret expires before the user submits.
    await api.sandbox.handle(new Request(`${api.baseUrl}/__sandbox/oauth/expire`, { method: "POST" }));
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("The connection expired. Reconnect to continue.", undefined, { timeout: 8000 });
    expect(await api.sources()).toEqual([]);

    popup = fakePopup();
    await user.click(screen.getByRole("button", { name: "Connect with HubSpot" }));
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    await consent(popup.url, "allow");
    await screen.findByText("Connected ✓");
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });
    expect(await api.sources()).toHaveLength(1);
  });
});

describe("<CredentialForm> OAuth with a field needed before consent (Zendesk Chat's subdomain)", () => {
  const ZENDESK_TEMPLATE = "7d3c4a52-2f0e-4c1b-9f7e-3b1e2d4c5a6f";
  let zendesk: MockApi;
  beforeEach(() => {
    zendesk = onlyTemplate(ZENDESK_TEMPLATE, "airbyte/source-zendesk-chat");
    api = zendesk;
  });

  it("asks for the subdomain before opening the consent, then sends it as oauth_input_configuration", async () => {
    const user = userEvent.setup();
    const popup = fakePopup();
    renderSandboxForm(zendesk, {
      token: await scopedToken("zendesk-user"),
      template: { id: ZENDESK_TEMPLATE },
    });
    const connect = await screen.findByRole(
      "button",
      { name: "Connect with Zendesk Chat" },
      { timeout: 10_000 },
    );
    await user.click(connect);
    await screen.findByText("Fill in these fields first: Subdomain");
    expect(window.open).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Subdomain/, { selector: "input" }), "acme");
    await user.tab();
    await user.click(connect);
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    await consent(popup.url, "allow");
    await screen.findByText("Connected ✓");
    await user.type(screen.getByLabelText(/^Start Date/, { selector: "input" }), "2024-01-01T00:00:00Z");
    await user.tab();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });
    const [source] = await zendesk.sources();
    expect(source?.configuration).toMatchObject({
      subdomain: "acme",
      credentials: { credentials: "oauth2.0", access_token: expect.stringMatching(/^sandbox-oauth-/) },
    });
  });
});

describe("<CredentialForm> OAuth next to another auth option (GitHub)", () => {
  const GITHUB_TEMPLATE = "0c6f1d2e-3b4a-4c5d-8e9f-1a2b3c4d5e6f";
  beforeEach(() => {
    api = onlyTemplate(GITHUB_TEMPLATE, "airbyte/source-github");
  });

  it("the other option's secret stays a masked SecretWidget (the OAuth uiSchema keeps the other oneOf options)", async () => {
    const user = userEvent.setup();
    renderSandboxForm(api, { token: await scopedToken("github-user"), template: { id: GITHUB_TEMPLATE } });
    await screen.findByRole("button", { name: "Connect with GitHub" }, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText(/^Authentication/), "Personal Access Token");
    const token = await screen.findByLabelText(/^Personal Access Tokens?/, { selector: "input" });
    expect(token.getAttribute("type")).toBe("password");
    expect(token.getAttribute("data-secret")).toBe("true");
  });
});
