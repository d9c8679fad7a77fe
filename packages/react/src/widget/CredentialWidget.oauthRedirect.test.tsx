// The widget in full-page OAuth redirect mode: its form leaves for the consent page in this tab, the callback page
// (`completeOAuthRedirect`) stores the result and goes back, and the widget mounted again on that page opens on the
// same template's form, with the non-secret values restored and Connected, and creates. Against the sandbox (MSW).
import { createMockApi, type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { assignLocation } from "../oauth/assignLocation.js";
import { consentInTab } from "../test/oauthConsent.js";
import { CredentialEmbeddedWidget } from "./CredentialEmbeddedWidget.js";
import { CredentialWidget, type CredentialWidgetProps } from "./CredentialWidget.js";
import type { CredentialWidgetEvent } from "./widgetEvents.js";

// jsdom cannot navigate: the tab's departure to the consent page is recorded instead.
vi.mock("../oauth/assignLocation.js", () => ({ assignLocation: vi.fn() }));

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const HUBSPOT = sandboxTemplate("airbyte/source-hubspot");
const VALUES_LOOKBACK = "7";
let api: MockApi;
let token: string;
beforeEach(async () => {
  api = createMockApi({ baseUrl: "https://api.widget-redirect.test" });
  server.resetHandlers(...api.handlers);
  sessionStorage.clear();
  vi.mocked(assignLocation).mockClear();
  token = await api.widgetToken();
});
afterEach(() => vi.restoreAllMocks());

function props(extra: Partial<CredentialWidgetProps> = {}): CredentialWidgetProps {
  return {
    token,
    baseUrl: api.baseUrl,
    registryUrl: api.registryUrl,
    oauthRedirectUrl: "/oauth-callback.html",
    ...extra,
  };
}

/** The dialog's "Lookback window" field, from its collapsed "More options" section (opened for it). */
async function lookbackWindow(dialog: HTMLElement): Promise<HTMLInputElement> {
  const user = userEvent.setup();
  const toggle = within(dialog)
    .getAllByRole("button", { name: /^More options/ })
    .at(-1) as HTMLElement;
  if (toggle.getAttribute("aria-expanded") !== "true") await user.click(toggle);
  return within(dialog).getByRole("spinbutton", { name: /^Lookback window/i }) as HTMLInputElement;
}

/**
 * In a widget opened on HubSpot's form: types a lookback window, clicks Connect (redirect mode), then answers the
 * sandbox's consent page and runs the callback page in this tab, as the browser would. Returns the secret id.
 */
async function leaveAndConsent(decision: "allow" | "deny" = "allow"): Promise<string> {
  const user = userEvent.setup();
  const view = render(
    <CredentialWidget {...props({ defaultOpen: true, templateId: HUBSPOT.id })} oauthMode="redirect" />,
  );
  const dialog = await screen.findByRole("dialog", { name: "Connect HubSpot" }, { timeout: 10_000 });
  const connect = await within(dialog).findByRole(
    "button",
    { name: "Connect with HubSpot" },
    { timeout: 10_000 },
  );
  const lookback = await lookbackWindow(dialog);
  await user.clear(lookback);
  await user.type(lookback, VALUES_LOOKBACK);
  await user.click(connect);
  await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1));
  await within(dialog).findByText("Taking you to the consent page…");
  view.unmount();
  const { back, replace } = await consentInTab(
    api,
    vi.mocked(assignLocation).mock.calls[0]?.[0] ?? "",
    decision,
  );
  expect(replace).toHaveBeenCalledWith(window.location.href);
  return back.searchParams.get("secret_id") ?? "";
}

describe("CredentialWidget in full-page OAuth redirect mode", () => {
  it("a new (closed, uncontrolled) widget opens on the same form, values restored, Connected, and creates", async () => {
    const secretId = await leaveAndConsent();
    expect(sessionStorage.length).toBe(3);
    const user = userEvent.setup();
    const events: CredentialWidgetEvent[] = [];
    const onOAuthReturn = vi.fn();
    render(<CredentialWidget {...props({ onOAuthReturn, onEvent: (event) => events.push(event) })} />);
    const dialog = await screen.findByRole("dialog", { name: "Connect HubSpot" }, { timeout: 10_000 });
    expect(onOAuthReturn).toHaveBeenCalledWith(HUBSPOT.id);
    await within(dialog).findByText("Connected ✓", undefined, { timeout: 10_000 });
    // One use: the keys are gone.
    expect(sessionStorage.length).toBe(0);
    await expect(lookbackWindow(dialog).then((input) => input.value)).resolves.toBe(VALUES_LOOKBACK);
    await user.click(within(dialog).getByRole("button", { name: /^Submit/ }));
    await screen.findByRole("dialog", { name: "Source connected" }, { timeout: 8000 });
    const [source] = await api.sources();
    expect(source?.configuration).toMatchObject({
      lookback_window: Number(VALUES_LOOKBACK),
      credentials: { refresh_token: expect.stringMatching(/^sandbox-oauth-refresh_token-/) },
    });
    expect(events.map((event) => event.type)).toContain("open");
    expect(JSON.stringify(events)).not.toContain(secretId);
    expect(document.body.innerHTML).not.toContain(secretId);
  });

  it("a controlled widget stays closed and tells the host, which opens it on that form", async () => {
    await leaveAndConsent("deny");
    const onOAuthReturn = vi.fn();
    const view = render(<CredentialWidget {...props({ open: false, onOAuthReturn })} />);
    await waitFor(() => expect(onOAuthReturn).toHaveBeenCalledWith(HUBSPOT.id));
    expect(onOAuthReturn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog")).toBeNull();
    view.rerender(<CredentialWidget {...props({ open: true, onOAuthReturn })} />);
    const dialog = await screen.findByRole("dialog", { name: "Connect HubSpot" }, { timeout: 10_000 });
    await within(dialog).findByText("Access was denied. Connect again to continue.", undefined, {
      timeout: 10_000,
    });
    expect(sessionStorage.length).toBe(0);
    await expect(lookbackWindow(dialog).then((input) => input.value)).resolves.toBe(VALUES_LOOKBACK);
  });

  it("CredentialEmbeddedWidget (Airbyte's widget shape, over mountCredentialWidget) opens itself on that form", async () => {
    await leaveAndConsent();
    const handle = new CredentialEmbeddedWidget(props());
    try {
      const dialog = await screen.findByRole("dialog", { name: "Connect HubSpot" }, { timeout: 10_000 });
      await within(dialog).findByText("Connected ✓", undefined, { timeout: 10_000 });
    } finally {
      handle.destroy();
    }
  });

  it("without a result (Back from the consent page) the widget stays closed and removes the draft", async () => {
    const user = userEvent.setup();
    const first = render(
      <CredentialWidget {...props({ defaultOpen: true, templateId: HUBSPOT.id })} oauthMode="redirect" />,
    );
    await user.click(
      await screen.findByRole("button", { name: "Connect with HubSpot" }, { timeout: 10_000 }),
    );
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1));
    first.unmount();
    expect(sessionStorage.length).toBe(2);
    // The browser loads the page again (a new document, started after the draft was saved).
    vi.spyOn(performance, "timeOrigin", "get").mockReturnValue(Date.now() + 1);
    const onOAuthReturn = vi.fn();
    render(<CredentialWidget {...props({ onOAuthReturn })} />);
    await waitFor(() => expect(sessionStorage.length).toBe(0));
    expect(onOAuthReturn).not.toHaveBeenCalled();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
