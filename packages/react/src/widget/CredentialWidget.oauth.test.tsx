import { createMockApi, type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { OAUTH_MESSAGE_TYPE } from "../oauth/oauthMessage.js";
import { CredentialWidget } from "./CredentialWidget.js";
import type { CredentialWidgetEvent } from "./widgetEvents.js";

const server = setupServer();
const initiated: { redirect_url?: string }[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
  initiated.length = 0;
});
afterAll(() => server.close());
server.events.on("request:start", async ({ request }) => {
  if (request.url.endsWith("/oauth/initiate")) initiated.push(await request.clone().json());
});

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
let api: MockApi;
beforeEach(() => {
  api = createMockApi({ baseUrl: "https://api.widget-oauth.test" });
  server.use(...api.handlers);
});

/** A stand-in popup recording where the form sends it (jsdom opens no windows). */
function fakePopup() {
  const popup = { url: "", closed: false };
  vi.spyOn(window, "open").mockImplementation(
    () =>
      ({
        get closed() {
          return popup.closed;
        },
        close: () => {
          popup.closed = true;
        },
        location: {
          set href(url: string) {
            popup.url = url;
          },
        },
      }) as unknown as Window,
  );
  return popup;
}

/** Answers the sandbox's consent page and posts the result as the host's callback page would. */
async function allow(url: string): Promise<string> {
  const answer = await api.sandbox.handle(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=allow",
    }),
  );
  const back = new URL(answer.headers.get("location") ?? "");
  act(() => {
    window.dispatchEvent(
      new MessageEvent("message", {
        data: {
          type: OAUTH_MESSAGE_TYPE,
          state: back.searchParams.get("state"),
          secretId: back.searchParams.get("secret_id"),
          error: back.searchParams.get("error"),
        },
        origin: window.location.origin,
      }),
    );
  });
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
