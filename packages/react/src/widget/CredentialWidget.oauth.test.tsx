import { type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeConsent, fakePopup } from "../test/oauthConsent.js";
import { sandboxApiServer } from "../test/sandboxApiServer.js";
import { CredentialWidget } from "./CredentialWidget.js";
import type { CredentialWidgetEvent } from "./widgetEvents.js";

const mock = sandboxApiServer({ baseUrl: "https://api.widget-oauth.test" });
const initiated: { redirect_url?: string }[] = [];
afterEach(() => {
  initiated.length = 0;
});
mock.server.events.on("request:start", async ({ request }) => {
  if (request.url.endsWith("/oauth/initiate")) initiated.push(await request.clone().json());
});

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
let api: MockApi;
beforeEach(() => {
  api = mock.api;
});

/** Answers the sandbox's consent page and posts the result as the host's callback page would. */
async function allow(url: string): Promise<string> {
  const back = await completeConsent(api, url, "allow");
  return back.searchParams.get("secret_id") ?? "";
}

describe("CredentialWidget with an OAuth connector (HubSpot)", () => {
  it("runs the consent inside its dialog, with the host's oauthRedirectUrl, and creates the source", async () => {
    const user = userEvent.setup();
    const events: CredentialWidgetEvent[] = [];
    const popup = fakePopup();
    render(
      <CredentialWidget
        token={await api.widgetToken()}
        defaultOpen
        templateId={HUBSPOT.id}
        baseUrl={api.baseUrl}
        registryUrl={api.registryUrl}
        oauthRedirectUrl="/host/oauth-done.html"
        onEvent={(event) => events.push(event)}
      />,
    );
    const dialog = await screen.findByRole("dialog", { name: "Connect HubSpot" }, { timeout: 10_000 });
    const connect = await within(dialog).findByRole(
      "button",
      { name: "Connect with HubSpot" },
      { timeout: 10_000 },
    );
    await user.click(connect);
    await waitFor(() => expect(popup.url).toContain("/oauth/consent/"));
    // The host's callback page, not the default one.
    expect(initiated).toHaveLength(1);
    const redirect = new URL(initiated[0]?.redirect_url ?? "");
    expect(redirect.origin).toBe(window.location.origin);
    expect(redirect.pathname).toBe("/host/oauth-done.html");
    expect(redirect.searchParams.get("state")).toMatch(/^[0-9a-f]{32}$/);

    const secretId = await allow(popup.url);
    await within(dialog).findByText("Connected ✓");
    await user.click(within(dialog).getByRole("button", { name: /^Submit/ }));
    await screen.findByRole("dialog", { name: "Source connected" }, { timeout: 8000 });
    const [source] = await api.sources();
    expect(source?.configuration.credentials).toMatchObject({
      refresh_token: expect.stringMatching(/^sandbox-oauth-refresh_token-/),
    });
    expect(JSON.stringify(events)).not.toContain(secretId);
    expect(document.body.innerHTML).not.toContain(secretId);
  });
});
