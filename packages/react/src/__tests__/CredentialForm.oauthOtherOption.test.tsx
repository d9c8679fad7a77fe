// HubSpot's sandbox template defaults the OAuth option (credentials_title "OAuth Credentials", the operator's
// client_id and client_secret). A user who picks the other auth method (Private App) must get that option alone:
// its discriminator sent, the template's OAuth keys dropped (sent as null, which the server's merge removes), no
// consent asked for, and its own required token asked for.
import { sandboxTemplate } from "@credential-form/test-utils";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { createOAuthConnector } from "../test/createOAuthConnector.js";
import { renderSandboxEdit } from "../test/renderSandboxEdit.js";
import { renderSandboxForm } from "../test/renderSandboxForm.js";
import { requestLog } from "../test/requestLog.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

const mock = sandboxApiServer();
const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
const { requests, recording } = requestLog();

const storedCredentials = async () =>
  (await mock.api.sources()).map((s) => s.configuration.credentials as Record<string, unknown>);

async function renderPrivateApp(events: CredentialFormEvent[] = []) {
  const user = userEvent.setup();
  renderSandboxForm(mock.api, {
    token: await mock.scopedToken("private-app-user"),
    template: { id: HUBSPOT.id },
    oauthRedirectUrl: "/oauth-callback.html",
    fetch: recording,
    onEvent: (e) => events.push(e),
  });
  await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
  await user.selectOptions(screen.getByRole("combobox", { name: /Authentication/ }), "Private App");
  return user;
}

describe("<CredentialForm> HubSpot with the Private App option instead of OAuth", () => {
  it("creates with the access token alone: no OAuth field stored, no consent, no secret id", async () => {
    const events: CredentialFormEvent[] = [];
    const user = await renderPrivateApp(events);
    expect(screen.queryByRole("button", { name: "Connect with HubSpot" })).toBeNull();
    await user.type(await screen.findByLabelText(/^Access token/i), "pat-na1-private-app");
    await user.tab();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });

    // The create names the picked option and drops the template's OAuth keys (null: the server's merge removes them).
    const create = requests.find((r) => r.method === "POST" && r.path === "/api/v1/integrations/connectors");
    expect(create?.body).not.toHaveProperty("server_side_oauth_secret_id");
    const sent = JSON.stringify(create?.body);
    expect(sent).toContain('"credentials_title":"Private App Credentials"');
    expect(sent).toContain('"client_id":null');
    expect(sent).toContain('"client_secret":null');
    expect(await storedCredentials()).toEqual([
      { credentials_title: "Private App Credentials", access_token: "pat-na1-private-app" },
    ]);
    expect(requests.some((r) => r.path.endsWith("/oauth/initiate"))).toBe(false);
    expect(JSON.stringify(events)).not.toContain("pat-na1-private-app");
  });

  it("an empty access token is a field error, not a demand to connect; nothing is created", async () => {
    const user = await renderPrivateApp();
    const token = await screen.findByLabelText(/^Access token/i);
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await waitFor(() => expect(token.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.queryByText("Connect with HubSpot to continue.")).toBeNull();
    expect(await mock.api.sources()).toEqual([]);
    expect(requests.some((r) => r.path === "/api/v1/integrations/connectors")).toBe(false);
  });

  it("picking OAuth again after Private App is the OAuth option once more (Connect required)", async () => {
    const user = await renderPrivateApp();
    await user.selectOptions(screen.getByRole("combobox", { name: /Authentication/ }), "OAuth");
    await user.click(await screen.findByRole("button", { name: /^Submit/ }));
    await screen.findByText("Connect with HubSpot to continue.");
    expect(await mock.api.sources()).toEqual([]);
  });
});

describe("<CredentialForm connectorId> switching an OAuth-created HubSpot to Private App", () => {
  it("an empty access token is a field error: nothing is saved, the stored grant stays", async () => {
    const user = userEvent.setup();
    const token = await mock.scopedToken("oauth-edit-empty");
    const created = await createOAuthConnector(mock.api, token, HUBSPOT.id, "HubSpot (OAuth)");
    const [grant] = await storedCredentials();
    renderSandboxEdit(mock.api, { token, connectorId: created.id, fetch: recording });
    const save = await screen.findByRole("button", { name: "Save changes" }, { timeout: 15_000 });
    await user.selectOptions(screen.getByRole("combobox", { name: /Authentication/ }), "Private App");
    const accessToken = await screen.findByLabelText(/^Access token/i);
    await user.click(save);
    await waitFor(() => expect(accessToken.getAttribute("aria-invalid")).toBe("true"));
    expect(requests.some((r) => r.method === "PUT" || r.path.endsWith("/check"))).toBe(false);
    expect(await storedCredentials()).toEqual([grant]);
  });
});
