import { createEmbeddedClient } from "@credential-form/core";
import { createMockApi, type MockApi, sandboxTemplate } from "@credential-form/test-utils";
import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CredentialWidget } from "./CredentialWidget.js";

// The widget opens on the end user's connections when there are any (as Airbyte's widget does); with none, on the
// template picker as before. Against the sandbox behind MSW.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const HELLOBATON = sandboxTemplate("airbyte/source-hellobaton");

async function setUp(): Promise<{ api: MockApi; token: string }> {
  const api = createMockApi({ baseUrl: "https://api.widget-connections.test" });
  server.use(...api.handlers);
  return { api, token: await api.widgetToken() };
}

function widget(api: MockApi, token: string) {
  return <CredentialWidget token={token} inline baseUrl={api.baseUrl} registryUrl={api.registryUrl} />;
}

describe("CredentialWidget and the end user's connections", () => {
  it("opens on the connections list; Add a connection leads to the picker and Back returns; Edit opens edit mode", async () => {
    const { api, token } = await setUp();
    const client = createEmbeddedClient({ token, baseUrl: api.baseUrl });
    await client.createSource({
      templateId: HELLOBATON.id,
      config: { api_key: "hb-connections-secret-1", company: "acme" },
      name: "Hellobaton (acme)",
    });
    const user = userEvent.setup();
    render(widget(api, token));

    const region = await screen.findByRole("region", { name: "Your connections" }, { timeout: 10_000 });
    expect(within(region).getAllByRole("heading", { name: "Your connections" })).toHaveLength(1);
    expect(await within(region).findByRole("button", { name: "Edit Hellobaton (acme)" })).toBeTruthy();
    expect(screen.queryByRole("searchbox")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Add a connection" }));
    await screen.findByRole("heading", { name: "Connect a source" });
    expect(await screen.findByRole("button", { name: "Hellobaton" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back to your connections" }));
    await screen.findByRole("region", { name: "Your connections" });

    await user.click(screen.getByRole("button", { name: "Edit Hellobaton (acme)" }));
    await screen.findByRole("heading", { name: "Edit Hellobaton (acme)" });
    await waitFor(() => expect(screen.getByRole("button", { name: "Save changes" })).toBeTruthy(), {
      timeout: 10_000,
    });
    expect(screen.getByRole("button", { name: /^Replace/ })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back to your connections" }));
    await screen.findByRole("region", { name: "Your connections" });
  });

  it("opens on the picker when the user has no connection (no Back to an empty list)", async () => {
    const { api, token } = await setUp();
    render(widget(api, token));
    expect(await screen.findByRole("button", { name: "Hellobaton" }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Connect a source" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Back to your connections" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Your connections" })).toBeNull();
  });
});
