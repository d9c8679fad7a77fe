import { createRegistryClient } from "@credential-form/core";
import { toSourceDefinition } from "@credential-form/core/internal";
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { connectorSpecQuery, preparedFormQuery } from "./queries.js";
import { API_BASE, REGISTRY_URL } from "./test/airbyteMock.js";
import { mockServer } from "./test/mockServer.js";
import { useCredentialForm } from "./useCredentialForm.js";

const mock = mockServer();
const github = getSource("airbyte/source-github");

function options() {
  return {
    token: makeWidgetToken(),
    template: {
      id: "tpl-gh",
      sourceDefinitionId: github.sourceDefinitionId,
      partialDefaultConfig: {
        credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_template" },
      },
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
    expect(created).toEqual({ id: "puc-1", name: null, sourceDefinitionId: null });
    expect(result.current.status).toBe("success");
    expect(mock.state.creates[0]?.body.connection_configuration).toEqual({
      repositories: ["airbytehq/airbyte"],
    });
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
