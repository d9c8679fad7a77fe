// The spec engine is a chunk of its own. A host that prefetches on a page where no form has loaded it yet still
// gets the form in the first render: connectorSpecQuery starts the chunk with its request, and preparedFormQuery
// waits for it. (Its own file: the module state is fresh, no earlier test has loaded the chunk.)
import { createRegistryClient, loadedSpecEngine } from "@credential-form/core/form";
import { toSourceDefinition } from "@credential-form/core/internal";
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { QueryClient } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { connectorSpecQuery, preparedFormQuery } from "../queries.js";
import { mockServer, REGISTRY_URL } from "../test/mockServer.js";
import { renderForm } from "../test/renderForm.js";

const mock = mockServer();
const hellobaton = getSource("airbyte/source-hellobaton");

describe("<CredentialForm> on a page that has not loaded the spec engine", () => {
  it("connectorSpecQuery's prefetch loads it: the form shows in the first render", async () => {
    expect(loadedSpecEngine()).toBeUndefined();
    const queryClient = new QueryClient();
    const registry = createRegistryClient({ url: REGISTRY_URL });
    await queryClient.prefetchQuery(
      connectorSpecQuery({
        registry,
        sourceDefinitionId: hellobaton.sourceDefinitionId,
        registryUrl: REGISTRY_URL,
      }),
    );
    expect(loadedSpecEngine()).toBeDefined();
    const calls = mock.state.registryCalls;
    const { container } = renderForm({ queryClient, token: makeWidgetToken() });
    expect(container.querySelector(".cf-root")).toHaveAttribute("data-status", "ready");
    expect(screen.getByRole("button", { name: "Submit" })).toBeInTheDocument();
    expect(mock.state.registryCalls).toBe(calls);
  });

  it("preparedFormQuery resolves with the form prepared by the loaded engine", async () => {
    const queryClient = new QueryClient();
    const prepared = await queryClient.fetchQuery(
      preparedFormQuery({
        definition: toSourceDefinition(hellobaton),
        template: { id: "t", partialDefaultConfig: { api_key: "defaulted" }, userConfigSpec: null },
        registryUrl: REGISTRY_URL,
      }),
    );
    // Prepared by core's engine: the field the template defaults is subtracted from the form.
    expect(Object.keys(prepared.fullSchema.properties ?? {})).toContain("api_key");
    expect(Object.keys(prepared.schema.properties ?? {})).not.toContain("api_key");
  });
});
