// Edit mode of a HubSpot connector created through the form with the Private App option, while the sandbox's template
// defaults the OAuth option (credentials_title "OAuth Credentials" and the operator's app; the user schema's options
// lack the discriminator). The edit form shows Private App from the stored config, and the user never switches in
// this session, so no pick is recorded: the option shown must still count as the pick, or a save merges the
// template's OAuth option back over it (a hidden "Refresh Token is required" error, nothing saved).
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { sandboxTemplate } from "@credential-form/test-utils";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import type { CredentialFormEvent } from "../events.js";
import { defaultMessages } from "../messages.js";
import { renderSandboxEdit } from "../test/renderSandboxEdit.js";
import { renderSandboxForm } from "../test/renderSandboxForm.js";
import { replaceStartDate } from "../test/replaceStartDate.js";
import { requestLog } from "../test/requestLog.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

const mock = sandboxApiServer();
const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
const { requests, recording } = requestLog();

/** What the sandbox stores for the create: the Private App option alone, the spec's defaults the form seeded. */
const PRIVATE_APP = {
  credentials: { credentials_title: "Private App Credentials", access_token: "pat-na1-created" },
  start_date: "2024-01-01T00:00:00Z",
  enable_experimental_streams: false,
  lookback_window: 0,
  num_worker: 10,
};

/** The configuration of each connector the sandbox holds (its store is append-only: the last record of an id wins). */
const storedConfigs = async () => [
  ...new Map((await mock.api.sources()).map((s) => [s.id, s.configuration])).values(),
];
const writes = () => requests.filter((r) => r.method === "PUT" || r.path.endsWith("/check"));

/** Creates the connector through the form (Private App picked, token and start date typed), then opens its edit. */
async function editPrivateApp(workspace: string, events: CredentialFormEvent[] = []) {
  const user = userEvent.setup();
  const token = await mock.scopedToken(workspace);
  const created: string[] = [];
  renderSandboxForm(mock.api, {
    token,
    template: { id: HUBSPOT.id },
    oauthRedirectUrl: "/oauth-callback.html",
    fetch: recording,
    onSuccess: (source) => created.push(source.id),
  });
  await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 });
  await user.selectOptions(screen.getByRole("combobox", { name: /Authentication/ }), "Private App");
  await user.type(await screen.findByLabelText(/^Access token/i), PRIVATE_APP.credentials.access_token);
  await user.click(screen.getByRole("button", { name: /More options/, expanded: false }));
  await user.type(
    await screen.findByLabelText(/^Start date/i, { selector: "input" }),
    PRIVATE_APP.start_date,
  );
  await user.tab();
  await user.click(screen.getByRole("button", { name: /^Submit/ }));
  await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });
  expect(await storedConfigs()).toEqual([PRIVATE_APP]);
  cleanup();
  requests.length = 0;

  renderSandboxEdit(mock.api, {
    token,
    connectorId: created[0] ?? "",
    fetch: recording,
    onEvent: (e) => events.push(e),
  });
  const save = await screen.findByRole("button", { name: "Save changes" }, { timeout: 15_000 });
  const auth = screen.getByRole("combobox", { name: /Authentication/ }) as HTMLSelectElement;
  return { user, save, auth, id: created[0] ?? "" };
}

describe("<CredentialForm connectorId> for a HubSpot connector created with the Private App option", () => {
  it("shows Private App; unchanged: nothing to save; an unrelated field: that field alone, the option kept", async () => {
    const events: CredentialFormEvent[] = [];
    const { user, save, auth } = await editPrivateApp("edit-private-app", events);
    expect(auth.selectedOptions[0]?.textContent).toBe("Private App");
    expect(screen.getByText(defaultConnectorMessages.secretUnchanged)).toBeVisible();
    expect(document.body.innerHTML).not.toContain(MASKED_SECRET);

    // Unchanged: "Nothing to save" (not a hidden field error), no check, no PUT.
    await user.click(save);
    await screen.findByText(defaultConnectorMessages.editNothingToSave, { selector: ".cf-edit-note" });
    expect(document.querySelector("[aria-invalid='true']")).toBeNull();
    expect(writes()).toEqual([]);

    // The start date changed: checked and saved alone, under the stored option.
    await replaceStartDate(user, "2024-02-01T00:00:00Z");
    await user.click(save);
    await waitFor(
      () => expect(events.some((e) => "message" in e && e.message === "source_updated")).toBe(true),
      { timeout: 10_000 },
    );
    const body = { replication_config: { start_date: "2024-02-01T00:00:00Z" } };
    expect(writes()).toEqual([
      expect.objectContaining({ method: "POST", body }),
      expect.objectContaining({ method: "PUT", body }),
    ]);
    expect(await storedConfigs()).toEqual([{ ...PRIVATE_APP, start_date: "2024-02-01T00:00:00Z" }]);
    expect(requests.some((r) => r.path.endsWith("/oauth/initiate"))).toBe(false);

    // After the save the form starts from the stored connector again: still Private App, nothing to save.
    expect(auth.selectedOptions[0]?.textContent).toBe("Private App");
    requests.length = 0;
    await user.click(save);
    await screen.findByText(defaultConnectorMessages.editNothingToSave, { selector: ".cf-edit-note" });
    expect(writes()).toEqual([]);
  });

  it("OAuth picked in edit mode offers no consent and saves nothing; back to Private App, the stored token stays", async () => {
    const { user, save, auth } = await editPrivateApp("edit-private-app-oauth");
    await user.selectOptions(auth, "OAuth");
    expect(await screen.findByText(defaultConnectorMessages.editOAuthUnavailable("HubSpot"))).toBeVisible();
    expect(screen.queryByRole("button", { name: /Connect with HubSpot/ })).toBeNull();
    // The OAuth option's grant cannot be given here: its refresh token is missing, nothing is checked or saved.
    await user.click(save);
    await screen.findByText(defaultMessages.errorCount(1), { selector: ".cf-visually-hidden" });
    expect(writes()).toEqual([]);
    expect(await storedConfigs()).toEqual([PRIVATE_APP]);

    // Back to the stored option: the token is "unchanged" again and an otherwise unchanged form has nothing to save.
    await user.selectOptions(auth, "Private App");
    expect(screen.getByText(defaultConnectorMessages.secretUnchanged)).toBeVisible();
    await user.click(save);
    await screen.findByText(defaultConnectorMessages.editNothingToSave, { selector: ".cf-edit-note" });
    expect(writes()).toEqual([]);
    expect(await storedConfigs()).toEqual([PRIVATE_APP]);
  });
});
