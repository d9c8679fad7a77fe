// Edit mode of a connector created through OAuth (HubSpot, server_side_oauth_secret_id), against the sandbox.
// The Agent API contract's PUT /connectors/{id} declares only name, replication_config and entities: no
// server_side_oauth_secret_id, so an existing connector cannot be reconnected (see docs/architecture.md). Edit mode
// must still work for such a connector: its stored OAuth grant is left alone, an unchanged form sends nothing, and a
// changed field is saved without asking for a new consent.
import { createEmbeddedClient } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { sandboxTemplate } from "@credential-form/test-utils";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import type { CredentialFormEvent } from "../events.js";
import { defaultMessages } from "../messages.js";
import { createOAuthConnector } from "../test/createOAuthConnector.js";
import { renderSandboxEdit } from "../test/renderSandboxEdit.js";
import { replaceStartDate } from "../test/replaceStartDate.js";
import { requestLog } from "../test/requestLog.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

const mock = sandboxApiServer();
const { requests, recording } = requestLog();
const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");

/** A HubSpot connector created the OAuth way: consent allowed in the sandbox, then created with its secret id. */
const oauthConnector = (token: string) =>
  createOAuthConnector(mock.api, token, HUBSPOT.id, "HubSpot (OAuth)");

const storedCredentials = async (id: string) =>
  (await mock.api.sources()).filter((s) => s.id === id).at(-1)?.configuration.credentials as Record<
    string,
    unknown
  >;

describe("<CredentialForm connectorId> for a connector created through OAuth", () => {
  it("shows no mask, saves nothing unchanged, saves a changed field without a new consent, keeps the grant", async () => {
    const user = userEvent.setup();
    const token = await mock.scopedToken("oauth-edit");
    const created = await oauthConnector(token);
    const grant = await storedCredentials(created.id);
    expect(grant).toMatchObject({ refresh_token: expect.stringMatching(/^sandbox-oauth-refresh_token-/) });
    const events: CredentialFormEvent[] = [];
    const { container } = renderSandboxEdit(mock.api, {
      token,
      connectorId: created.id,
      fetch: recording,
      onEvent: (e) => events.push(e),
    });
    const save = await screen.findByRole("button", { name: "Save changes" }, { timeout: 15_000 });
    expect(container.innerHTML).not.toContain(MASKED_SECRET);
    expect(container.innerHTML).not.toContain(String(grant.refresh_token));
    // The OAuth option states that the stored grant is kept, and offers no consent a save would drop.
    expect(screen.queryByRole("button", { name: /Connect with HubSpot/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Reconnect/ })).toBeNull();
    expect(
      screen.getByText(defaultConnectorMessages.editOAuthKept("HubSpot"), { selector: ".cf-oauth p" }),
    ).toBeVisible();

    // Unchanged: "Nothing to save", and no check, no PUT (no demand to connect first either).
    await user.click(save);
    await screen.findByText(defaultConnectorMessages.editNothingToSave, { selector: ".cf-edit-note" });
    expect(requests.filter((r) => r.method === "PUT" || r.path.endsWith("/check"))).toEqual([]);

    // One field changed: checked, then saved alone; the stored OAuth grant is untouched.
    await replaceStartDate(user, "2024-02-01T00:00:00Z");
    await user.click(save);
    await waitFor(
      () => expect(events.some((e) => "message" in e && e.message === "source_updated")).toBe(true),
      { timeout: 10_000 },
    );
    const put = requests.find((r) => r.method === "PUT");
    expect(put?.body).toEqual({ replication_config: { start_date: "2024-02-01T00:00:00Z" } });
    expect(requests.some((r) => r.path.endsWith(`/connectors/${created.id}/check`))).toBe(true);
    expect(await storedCredentials(created.id)).toEqual(grant);
    expect(requests.some((r) => r.path.endsWith("/oauth/initiate"))).toBe(false);
  });

  it("switching to the Private App option still works: its token field replaces the status, the token is sent", async () => {
    const user = userEvent.setup();
    const token = await mock.scopedToken("oauth-edit-switch");
    const created = await oauthConnector(token);
    renderSandboxEdit(mock.api, { token, connectorId: created.id, fetch: recording });
    const save = await screen.findByRole("button", { name: "Save changes" }, { timeout: 15_000 });
    const kept = defaultConnectorMessages.editOAuthKept("HubSpot");
    expect(screen.getByText(kept)).toBeVisible();
    await user.selectOptions(screen.getByRole("combobox", { name: /Authentication/ }), "Private App");
    expect(screen.queryByText(kept)).toBeNull();
    await user.type(await screen.findByLabelText(/^Access token/i), "pat-na1-switched");
    await user.tab();
    await user.click(save);
    await waitFor(() => expect(requests.some((r) => r.method === "PUT")).toBe(true), { timeout: 10_000 });
    // The switch sends the new option's discriminator (the user schema lacks it: the template sets the OAuth one)
    // and its token, and null for each of the OAuth option's keys, the template-set ones included.
    expect(requests.find((r) => r.method === "PUT")?.body).toEqual({
      replication_config: {
        credentials: {
          credentials_title: "Private App Credentials",
          access_token: "pat-na1-switched",
          client_id: null,
          client_secret: null,
          refresh_token: null,
        },
      },
    });
    // The sandbox holds the Private App option alone: no OAuth value lingers.
    await waitFor(async () =>
      expect(await storedCredentials(created.id)).toEqual({
        credentials_title: "Private App Credentials",
        access_token: "pat-na1-switched",
      }),
    );
    expect(requests.some((r) => r.path.endsWith("/oauth/initiate"))).toBe(false);
  });

  it("a connector stored with a private app token offers no consent in its OAuth option either", async () => {
    const user = userEvent.setup();
    const token = await mock.scopedToken("oauth-edit-private");
    const client = createEmbeddedClient({ token, baseUrl: mock.api.baseUrl });
    const created = await client.createSource({
      templateId: HUBSPOT.id,
      config: {
        credentials: { credentials_title: "Private App Credentials", access_token: "pat-na1-stored" },
        start_date: "2024-01-01T00:00:00Z",
      },
      name: "HubSpot (private app)",
    });
    const { container } = renderSandboxEdit(mock.api, { token, connectorId: created.id, fetch: recording });
    await screen.findByRole("button", { name: "Save changes" }, { timeout: 15_000 });
    await user.selectOptions(screen.getByRole("combobox", { name: /Authentication/ }), "OAuth");
    expect(await screen.findByText(defaultConnectorMessages.editOAuthUnavailable("HubSpot"))).toBeVisible();
    expect(screen.queryByText(defaultConnectorMessages.editOAuthKept("HubSpot"))).toBeNull();
    expect(screen.queryByRole("button", { name: /Connect with HubSpot/ })).toBeNull();

    // Saving with OAuth picked: the fields the consent would fill are hidden, so the error says why on the OAuth
    // option itself, not on a field the user cannot see; nothing is checked or saved.
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(defaultMessages.errorCount(1)));
    const oauthField = container.querySelector(".cf-oauth")?.closest(".cf-field");
    expect(oauthField).toHaveAttribute("data-invalid", "true");
    expect(oauthField?.querySelector(".cf-errors")).toHaveTextContent(
      defaultConnectorMessages.editOAuthUnavailable("HubSpot"),
    );
    // Said once: as the error, no longer also as the option's status.
    expect(screen.getAllByText(defaultConnectorMessages.editOAuthUnavailable("HubSpot"))).toHaveLength(1);
    expect(requests.filter((r) => r.method === "PUT" || r.path.endsWith("/check"))).toEqual([]);
  });
});
