import { createRegistryClient } from "@credential-form/core";
import { toSourceDefinition } from "@credential-form/core/internal";
import { getSource } from "@credential-form/test-utils";
import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { connectorSpecQuery, preparedFormQuery } from "./queries.js";
import { API_BASE, mockServer, mockToken, REGISTRY_URL } from "./test/mockServer.js";
import { useCredentialForm } from "./useCredentialForm.js";

const github = getSource("airbyte/source-github");
const TEMPLATE_DEFAULTS = {
  credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_template" },
};
const mock = mockServer([
  {
    id: "tpl-gh",
    source_definition_id: github.sourceDefinitionId,
    partial_default_config: TEMPLATE_DEFAULTS,
  },
]);

function options() {
  return {
    token: mockToken(),
    template: {
      id: "tpl-gh",
      sourceDefinitionId: github.sourceDefinitionId,
      partialDefaultConfig: TEMPLATE_DEFAULTS,
    },
    baseUrl: API_BASE,
    registryUrl: REGISTRY_URL,
  };
}

describe("useCredentialForm (headless)", () => {
  it("goes from loading to ready with the user schema, uiSchema and prop getters", async () => {
    const { result } = renderHook(() => useCredentialForm(options()));
    expect(result.current.status).toBe("loading");
    expect(result.current.getRootProps()["aria-busy"]).toBe(true);
    await waitFor(() => expect(result.current.status).toBe("ready"), { timeout: 5000 });
    const schema = result.current.schema as { properties: Record<string, unknown>; required?: string[] };
    // The template chose and filled the credentials: the user is not asked for them.
    expect(schema.properties.credentials).toBeUndefined();
    expect(schema.properties.repositories).toBeDefined();
    expect(result.current.uiSchema?.["ui:order"]).toBeDefined();
    const formProps = result.current.getFormProps();
    expect(formProps.noValidate).toBe(true);
    expect(formProps.noHtml5Validate).toBe(true);
    expect(result.current.getSubmitButtonProps()).toMatchObject({ type: "submit", disabled: false });
    expect(result.current.getLiveRegionProps()).toMatchObject({ role: "status", "aria-live": "polite" });
  });

  it("submits through the hook alone, then reset() clears the result and the input", async () => {
    const { result } = renderHook(() => useCredentialForm(options()));
    await waitFor(() => expect(result.current.status).toBe("ready"), { timeout: 5000 });
    act(() => result.current.setFormData({ repositories: ["airbytehq/airbyte"] }));
    let created: Awaited<ReturnType<typeof result.current.submit>> = null;
    await act(async () => {
      created = await result.current.submit();
    });
    const [stored] = await mock.state.api.sources();
    expect(created).toEqual({
      id: stored?.id,
      name: stored?.name,
      sourceDefinitionId: github.sourceDefinitionId,
    });
    expect(result.current.status).toBe("success");
    expect(mock.state.creates[0]?.body.replication_config).toEqual({
      repositories: ["airbytehq/airbyte"],
    });
    // The sandbox merged the template's defaults in.
    expect(stored?.configuration).toEqual({ ...TEMPLATE_DEFAULTS, repositories: ["airbytehq/airbyte"] });
    act(() => result.current.reset());
    expect(result.current.status).toBe("ready");
    expect(result.current.formData).toEqual({});
  });

  it("reports client validation errors as an RJSF error schema without calling the API", async () => {
    const { result } = renderHook(() => useCredentialForm(options()));
    await waitFor(() => expect(result.current.status).toBe("ready"), { timeout: 5000 });
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.errorCount).toBeGreaterThan(0);
    expect(result.current.errors).toHaveProperty("repositories");
    expect(result.current.announcement).toMatch(/needs? your attention/);
    expect(mock.state.creates).toHaveLength(0);
  });

  it("keeps the prepared form in the query cache: a second mount gets the very same schema objects", async () => {
    const queryClient = new QueryClient();
    const first = renderHook(() => useCredentialForm({ ...options(), queryClient }));
    await waitFor(() => expect(first.result.current.status).toBe("ready"), { timeout: 5000 });
    const second = renderHook(() => useCredentialForm({ ...options(), queryClient }));
    // RJSF's validator re-compiles a root schema it has not seen: the same object must come back.
    expect(second.result.current.status).toBe("ready");
    expect(second.result.current.prepared).toBe(first.result.current.prepared);
    expect(second.result.current.schema).toBe(first.result.current.schema);
  });

  it("preparedFormQuery lets a host prefetch a ready form (no registry call, ready in the first render)", async () => {
    const queryClient = new QueryClient();
    const registry = createRegistryClient({ url: REGISTRY_URL });
    const spec = connectorSpecQuery({
      registry,
      sourceDefinitionId: github.sourceDefinitionId,
      registryUrl: REGISTRY_URL,
    });
    const definition = toSourceDefinition(github);
    queryClient.setQueryData(spec.queryKey, definition);
    const template = { ...options().template, userConfigSpec: null };
    const prepared = await queryClient.fetchQuery(
      preparedFormQuery({ definition, template, registryUrl: REGISTRY_URL }),
    );
    const { result } = renderHook(() => useCredentialForm({ ...options(), queryClient }));
    expect(result.current.status).toBe("ready");
    expect(result.current.prepared).toBe(prepared);
    expect(mock.state.registryCalls).toBe(0);
  });
});
