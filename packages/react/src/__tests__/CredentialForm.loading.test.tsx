import { createRegistryClient } from "@credential-form/core";
import { loadSpecEngine } from "@credential-form/core/form";
import { toSourceDefinition } from "@credential-form/core/internal";
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { delay, HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import type { CredentialFormEvent } from "../events.js";
import { connectorSpecQuery } from "../queries.js";
import { API_BASE, jwtOf, mockServer, mockToken, REGISTRY_URL } from "../test/mockServer.js";
import { field, formElement, queryField, renderForm, waitForForm } from "../test/renderForm.js";

const hellobaton = getSource("airbyte/source-hellobaton");
const mock = mockServer([
  {
    id: "tpl-remote",
    name: "Hellobaton for Acme",
    source_definition_id: hellobaton.sourceDefinitionId,
    partial_default_config: { company: "acme" },
  },
]);

describe("<CredentialForm> loading", () => {
  it("shows a busy skeleton, never a blank screen, while the spec loads", async () => {
    mock.server.use(
      http.get(REGISTRY_URL, async () => {
        await delay(300);
        return HttpResponse.json({ sources: [hellobaton], destinations: [] });
      }),
    );
    const { container } = renderForm();
    const root = container.querySelector(".cf-root");
    expect(root).toHaveAttribute("aria-busy", "true");
    expect(root).toHaveAttribute("data-status", "loading");
    expect(screen.getByText("Loading the connector form…")).toBeInTheDocument();
    await waitForForm();
    expect(root).toHaveAttribute("aria-busy", "false");
  });

  it("says the specification failed to load and recovers with Retry", async () => {
    let fail = true;
    mock.server.use(
      http.get(REGISTRY_URL, () =>
        fail
          ? new HttpResponse("down", { status: 500 })
          : HttpResponse.json({ sources: [hellobaton], destinations: [] }),
      ),
    );
    const events: CredentialFormEvent[] = [];
    renderForm({ onEvent: (e) => events.push(e) });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("We couldn't load the connector specification");
    expect(events.some((e) => e.type === "error" && e.phase === "load")).toBe(true);
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    expect(field("API Key")).toBeInTheDocument();
  });

  it("loads a template by id from the API and never shows its defaulted fields", async () => {
    renderForm({ template: { id: "tpl-remote" } });
    await waitForForm();
    expect(mock.state.templateCalls).toBe(1);
    expect(field("API Key")).toBeInTheDocument();
    expect(queryField("company")).not.toBeInTheDocument();
  });

  it("says the template failed to load and recovers with Retry", async () => {
    renderForm({ template: { id: "tpl-missing" } });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("We couldn't load the source template");
    await mock.state.api.sandbox.store.append("templates", {
      id: "tpl-missing",
      name: "Now there",
      icon: null,
      source_definition_id: hellobaton.sourceDefinitionId,
      partial_default_config: {},
      created_at: new Date().toISOString(),
    });
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    expect(field("company")).toBeInTheDocument();
  });

  it("renders the form in the first render, without a loading pass, for a token string and a prefetched spec", async () => {
    // On a page that has the spec engine's chunk: any earlier form, or a prefetch through connectorSpecQuery or
    // preparedFormQuery, has loaded it.
    await loadSpecEngine();
    const queryClient = new QueryClient();
    const registry = createRegistryClient({ url: REGISTRY_URL });
    const query = connectorSpecQuery({
      registry,
      sourceDefinitionId: hellobaton.sourceDefinitionId,
      registryUrl: REGISTRY_URL,
    });
    queryClient.setQueryData(query.queryKey, toSourceDefinition(hellobaton));
    // No waiting of any kind: what the first (synchronous) render produced.
    const { container } = renderForm({ queryClient });
    expect(container.querySelector(".cf-root")).toHaveAttribute("data-status", "ready");
    expect(screen.getByRole("button", { name: "Submit" })).toBeInTheDocument();
    expect(field("API Key")).toBeInTheDocument();
    expect(mock.state.registryCalls).toBe(0);
  });

  it("says the session expired for an expired token", async () => {
    renderForm({ token: makeWidgetToken({ exp: Math.floor(Date.now() / 1000) - 60 }) });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Your session has expired");
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("says the token is invalid for garbage, and Retry uses the refreshed token from the callback", async () => {
    const tokens = ["not a token", makeWidgetToken()];
    const getToken = vi.fn(async () => tokens.shift() ?? makeWidgetToken());
    renderForm({ token: getToken });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("The widget token is invalid");
    expect(alert.textContent).not.toContain("not a token");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForForm();
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it("says the session expired when the API rejects the token while loading the template", async () => {
    const token = mockToken();
    mock.state.rejectedJwts.add(jwtOf(token));
    renderForm({ token, template: { id: "tpl-remote" } });
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Your session has expired");
  });

  it("uses the host's QueryClient, with query keys that never contain the token", async () => {
    const queryClient = new QueryClient();
    const token = mockToken();
    renderForm({
      token,
      template: { id: "tpl-remote" },
      wrap: (element) => <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>,
    });
    await waitForForm();
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey);
    expect(keys).toContainEqual(["credential-form", "source-template", API_BASE, "tpl-remote"]);
    expect(keys).toContainEqual([
      "credential-form",
      "connector-spec",
      REGISTRY_URL,
      hellobaton.sourceDefinitionId,
    ]);
    const jwt = jwtOf(token);
    for (const key of keys) {
      expect(JSON.stringify(key)).not.toContain(jwt);
      expect(JSON.stringify(key)).not.toContain(token);
    }
  });

  it("does not refetch when the host passes new callback identities on every render", async () => {
    const { rerender } = renderForm({
      template: { id: "tpl-remote" },
      onEvent: () => {},
      fetch: (i, n) => fetch(i, n),
    });
    await waitForForm();
    const before = { registry: mock.state.registryCalls, template: mock.state.templateCalls };
    for (let i = 0; i < 3; i++) {
      rerender(
        formElement({
          template: { id: "tpl-remote" },
          onEvent: () => {},
          fetch: (input, init) => fetch(input, init),
          token: async () => makeWidgetToken(),
          uiSchema: { "ui:order": ["api_key", "*"] },
        }),
      );
    }
    await waitFor(() => expect(screen.getByRole("button", { name: "Submit" })).toBeInTheDocument());
    expect({ registry: mock.state.registryCalls, template: mock.state.templateCalls }).toEqual(before);
  });
});
