// A host that passes `initialValues` naming another auth method than the template's default (HubSpot's template
// defaults OAuth; the host pre-fills Private App) must get that option: shown, submitted alone, no consent asked.
import { sandboxTemplate } from "@credential-form/test-utils";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderSandboxForm } from "../test/renderSandboxForm.js";
import { requestLog } from "../test/requestLog.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";

const mock = sandboxApiServer();
const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
const { requests, recording } = requestLog();

describe("<CredentialForm> initialValues picking another oneOf option than the template's", () => {
  it("HubSpot pre-filled with Private App: shown, created with the token alone, no consent", async () => {
    const user = userEvent.setup();
    renderSandboxForm(mock.api, {
      token: await mock.scopedToken("initial-private-app"),
      template: { id: HUBSPOT.id },
      oauthRedirectUrl: "/oauth-callback.html",
      fetch: recording,
      initialValues: {
        credentials: { credentials_title: "Private App Credentials", access_token: "pat-na1-initial" },
      },
    });
    const select = await screen.findByRole("combobox", { name: /Authentication/ }, { timeout: 10_000 });
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Private App");
    expect(screen.queryByRole("button", { name: "Connect with HubSpot" })).toBeNull();
    await user.click(screen.getByRole("button", { name: /^Submit/ }));
    await screen.findByText("Your source has been created.", { selector: ".cf-success" }, { timeout: 8000 });
    const stored = (await mock.api.sources()).map((s) => s.configuration.credentials);
    expect(stored).toEqual([
      { credentials_title: "Private App Credentials", access_token: "pat-na1-initial" },
    ]);
    expect(requests.some((r) => r.path.endsWith("/oauth/initiate"))).toBe(false);
  });
});
