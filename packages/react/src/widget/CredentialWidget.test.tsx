import { createMockApi, type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { useState } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { field, waitForForm } from "../test/renderForm.js";
import { CredentialWidget } from "./CredentialWidget.js";
import { mountCredentialWidget } from "./mountCredentialWidget.js";
import type { CredentialWidgetEvent } from "./widgetEvents.js";

const server = setupServer();
const authorizations: string[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  authorizations.length = 0;
});
afterAll(() => server.close());
server.events.on("request:start", ({ request }) => {
  if (request.method === "POST") authorizations.push(request.headers.get("authorization") ?? "");
});

const HELLOBATON = sandboxTemplate("airbyte/source-hellobaton");
const SECRET = "hb-widget-secret-93817";

async function setUp(): Promise<{ api: MockApi; token: string }> {
  const api = createMockApi({ baseUrl: "https://api.widget.test" });
  server.use(...api.handlers);
  return { api, token: await api.widgetToken() };
}

function Host({ api, token, events }: { api: MockApi; token: string; events: CredentialWidgetEvent[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Connect data
      </button>
      <CredentialWidget
        token={token}
        open={open}
        onClose={() => setOpen(false)}
        baseUrl={api.baseUrl}
        registryUrl={api.registryUrl}
        onEvent={(event) => events.push(event)}
      />
    </>
  );
}

async function pickHellobaton(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole("dialog", { name: "Connect a source" });
  await user.click(await within(dialog).findByRole("button", { name: "Hellobaton" }, { timeout: 10_000 }));
  await waitForForm();
  return dialog;
}

describe("CredentialWidget", () => {
  it("reads a callback token once for the picker and the form (one token provider)", async () => {
    const { api, token } = await setUp();
    const getToken = vi.fn(async () => token);
    const user = userEvent.setup();
    render(
      <CredentialWidget token={getToken} defaultOpen baseUrl={api.baseUrl} registryUrl={api.registryUrl} />,
    );
    await pickHellobaton(user);
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it("lists and creates with the flavour it is given (an older generation, opt-in), through one client", async () => {
    const { api, token } = await setUp();
    const paths: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      paths.push(`${init?.method ?? "GET"} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    };
    const events: CredentialWidgetEvent[] = [];
    const user = userEvent.setup();
    render(
      <CredentialWidget
        token={token}
        defaultOpen
        flavour="partial-user-configs"
        fetch={fetchSpy}
        baseUrl={api.baseUrl}
        registryUrl={api.registryUrl}
        onEvent={(e) => events.push(e)}
      />,
    );
    await pickHellobaton(user);
    await user.type(field("API Key"), SECRET);
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: "Submit" }));
    await screen.findByRole("heading", { name: "Source connected" }, { timeout: 5000 });
    expect(paths).toContain("GET /api/v1/embedded/source-templates");
    expect(paths).toContain("POST /api/v1/embedded/partial_user_configs/");
    expect(paths.some((p) => p.includes("/integrations/"))).toBe(false);
    expect(events).toContainEqual(expect.objectContaining({ message: "partial_user_config_created" }));
  });

  it("picker → form → success in a dialog, with the official events, then Done closes and returns focus", async () => {
    const { api, token } = await setUp();
    const events: CredentialWidgetEvent[] = [];
    const user = userEvent.setup();
    render(<Host api={api} token={token} events={events} />);
    expect(screen.queryByRole("dialog")).toBeNull();
    const opener = screen.getByRole("button", { name: "Connect data" });
    await user.click(opener);

    const dialog = await pickHellobaton(user);
    expect(dialog).toHaveAccessibleName("Connect Hellobaton");
    // Focus went to the new title so the view change is announced.
    expect(within(dialog).getByRole("heading", { name: "Connect Hellobaton" })).toHaveFocus();
    await user.type(field("API Key"), SECRET);
    await user.type(field("company"), "acme");
    await user.click(screen.getByRole("button", { name: "Submit" }));

    expect(
      await within(dialog).findByRole("heading", { name: "Source connected" }, { timeout: 5000 }),
    ).toHaveFocus();
    expect(within(dialog).getByRole("status")).toHaveTextContent("Your Hellobaton source has been created.");
    const stored = await api.sources();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.configuration).toEqual({ api_key: SECRET, company: "acme" });
    expect(stored[0]?.source_template_id).toBe(HELLOBATON.id);

    const created = events.find((e) => e.type === "end_user_action_result");
    expect(created).toEqual({
      type: "end_user_action_result",
      message: "source_created",
      data: { id: stored[0]?.id, name: expect.anything(), sourceDefinitionId: expect.anything() },
    });
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(opener).toHaveFocus();
    expect(events.map((e) => e.type)).toEqual([
      "open",
      "template_selected",
      "ready",
      "submit",
      "check_started",
      "check_succeeded",
      "end_user_action_result",
      "success",
      "close",
    ]);
    expect(events.at(-1)).toEqual({ type: "close", reason: "done" });
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(JSON.stringify(events)).not.toContain(token);

    // A finished flow starts over next time: on the connections list, now that the user has one.
    await user.click(opener);
    expect(await screen.findByRole("dialog", { name: "Your connections" })).toBeInTheDocument();
  });

  it("Back returns to the picker; Escape closes with cancel + close events and focus returns to the opener", async () => {
    const { api, token } = await setUp();
    const events: CredentialWidgetEvent[] = [];
    const user = userEvent.setup();
    render(<Host api={api} token={token} events={events} />);
    const opener = screen.getByRole("button", { name: "Connect data" });
    await user.click(opener);
    const dialog = await pickHellobaton(user);
    await user.click(within(dialog).getByRole("button", { name: "Back to sources" }));
    expect(dialog).toHaveAccessibleName("Connect a source");
    expect(within(dialog).getByRole("searchbox", { name: "Search sources" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(opener).toHaveFocus();
    expect(events.slice(-2)).toEqual([{ type: "cancel" }, { type: "close", reason: "escape" }]);
    expect(await api.sources()).toEqual([]);
  });

  it("inline: no dialog, the same flow in a labelled section", async () => {
    const { api, token } = await setUp();
    const user = userEvent.setup();
    render(<CredentialWidget inline token={token} baseUrl={api.baseUrl} registryUrl={api.registryUrl} />);
    const region = await screen.findByRole("region", { name: "Connect a source" });
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(await within(region).findByRole("button", { name: "GitHub" }));
    expect(region).toHaveAccessibleName("Connect GitHub");
    await waitForForm();
  });
});

describe("mountCredentialWidget", () => {
  // The vanilla API owns its React root, outside Testing Library's act() bookkeeping (as in a host page).
  const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
  let previousActFlag: boolean | undefined;
  beforeEach(() => {
    previousActFlag = actFlag.IS_REACT_ACT_ENVIRONMENT;
    actFlag.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actFlag.IS_REACT_ACT_ENVIRONMENT = previousActFlag;
  });

  it("open/close/updateToken/destroy; a new token keeps the typed input and is used for the create", async () => {
    const { api, token } = await setUp();
    const second = await api.widgetToken({ ttlSeconds: 3600 });
    expect(second).not.toBe(token);
    const events: CredentialWidgetEvent[] = [];
    const host = document.createElement("div");
    document.body.appendChild(host);
    const user = userEvent.setup();
    const widget = mountCredentialWidget(host, {
      token,
      baseUrl: api.baseUrl,
      registryUrl: api.registryUrl,
      onEvent: (event) => events.push(event),
    });
    expect(host.querySelector("[data-credential-widget]")).not.toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    widget.open();
    await pickHellobaton(user);
    await user.type(field("API Key"), SECRET);
    await user.type(field("company"), "acme");

    widget.close();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(events.at(-1)).toEqual({ type: "close", reason: "api" });
    widget.open();
    widget.updateToken(second);
    // Closing, reopening and swapping the token kept the user's place and input.
    await screen.findByRole("dialog", { name: "Connect Hellobaton" });
    expect(field("API Key")).toHaveValue(SECRET);
    expect(field("company")).toHaveValue("acme");
    await user.click(screen.getByRole("button", { name: "Submit" }));
    await screen.findByRole("heading", { name: "Source connected" }, { timeout: 5000 });
    const jwtOf = (widgetToken: string) => (JSON.parse(atob(widgetToken)) as { token: string }).token;
    // The check and the create, both with the new token.
    expect(authorizations).toEqual([`Bearer ${jwtOf(second)}`, `Bearer ${jwtOf(second)}`]);
    expect(await api.sources()).toHaveLength(1);

    widget.destroy();
    await waitFor(() => expect(host.querySelector("[data-credential-widget]")).toBeNull());
    expect(host.querySelector("[data-credential-widget]")).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    widget.open();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    host.remove();
  });
});
