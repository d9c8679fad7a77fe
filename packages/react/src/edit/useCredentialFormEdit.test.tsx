// `useCredentialForm({ connectorId })` used headlessly (no RJSF, no theme: the host's own UI), against the sandbox:
// it suspends while edit mode's code loads, then loads the connector and its template, holds the current values
// without the mask, saves nothing for an unchanged form, and checks then saves only the changed path.
import { createEmbeddedClient } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { createSandbox, type Sandbox, seedTemplates } from "@credential-form/sandbox";
import { act, render, screen, waitFor } from "@testing-library/react";
import { Suspense } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import type { CredentialFormEvent, CredentialFormSourceSummary } from "../events.js";
import { useCredentialForm } from "../useCredentialForm.js";
import type { UseConnectorEditResult } from "./useConnectorEditTypes.js";

const BASE = "https://api.edit-hook.sandbox.test";
const REGISTRY = `${BASE}/registries/v0/cloud_registry.json`;
const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const PAT = "ghp_storedHeadlessToken";

let sandbox: Sandbox;
let requests: { method: string; path: string; body: unknown }[];
const fetchVia: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const text = await request.clone().text();
  requests.push({
    method: request.method,
    path: new URL(request.url).pathname,
    body: text ? JSON.parse(text) : null,
  });
  return sandbox.handle(request);
};

async function scopedToken(): Promise<string> {
  const operator = await sandbox.operatorToken();
  const response = await sandbox.handle(
    new Request(`${BASE}/api/v1/account/applications/scoped-token`, {
      method: "POST",
      headers: { authorization: `Bearer ${operator}`, "content-type": "application/json" },
      body: JSON.stringify({ workspace_name: "headless-edit" }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}

const storedConfig = async (id: string) =>
  (await sandbox.store.list("sources")).filter((s) => s.id === id).at(-1)?.configuration;

/** The host's own UI over the hook: it shows what the hook holds and keeps the hook's result for the test. */
function HeadlessEdit(props: {
  token: string;
  connectorId: string;
  onEvent: (event: CredentialFormEvent) => void;
  onError?: (error: Error) => void;
  result: { current: UseConnectorEditResult | null };
}) {
  const form = useCredentialForm({
    token: props.token,
    connectorId: props.connectorId,
    baseUrl: BASE,
    registryUrl: REGISTRY,
    fetch: fetchVia,
    onEvent: props.onEvent,
    ...(props.onError ? { onError: props.onError } : {}),
  });
  props.result.current = form;
  return (
    <div {...form.getRootProps()}>
      <p>status: {form.status}</p>
      {form.loadError && <p role="alert">{form.loadError.message}</p>}
      <pre data-testid="values">{JSON.stringify(form.formData)}</pre>
      <p>kept: {[...form.keptSecrets].join(",")}</p>
      <p>edit: {form.editStatus}</p>
    </div>
  );
}

beforeEach(() => {
  sandbox = createSandbox({ publicUrl: BASE });
  requests = [];
});

describe("useCredentialForm({ connectorId }), headless, against the sandbox", () => {
  it("suspends for its code, holds the stored values (secret kept, never the mask), saves only what changed", async () => {
    const token = await scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchVia });
    const created = await client.createSource({
      templateId: GITHUB.id,
      config: { credentials: { personal_access_token: PAT }, repositories: ["airbytehq/airbyte"] },
      name: "GitHub",
    });
    requests = [];
    const events: CredentialFormEvent[] = [];
    const result: { current: UseConnectorEditResult | null } = { current: null };
    render(
      <Suspense fallback={<p>loading edit mode</p>}>
        <HeadlessEdit
          token={token}
          connectorId={created.id}
          onEvent={(e) => events.push(e)}
          result={result}
        />
      </Suspense>,
    );
    // The first render waits for edit mode's code (this file is the first to use it).
    expect(screen.getByText("loading edit mode")).toBeTruthy();
    await screen.findByText("status: ready", {}, { timeout: 15_000 });
    const form = () => result.current!;
    // The stored connector was read; its secret is "kept" (a pointer), its value in the form is empty.
    expect(requests.some((r) => r.method === "GET" && r.path.endsWith(`/connectors/${created.id}`))).toBe(
      true,
    );
    expect([...form().keptSecrets]).toEqual(["/credentials/personal_access_token"]);
    expect(form().formData).toMatchObject({ repositories: ["airbytehq/airbyte"] });
    expect(JSON.stringify(form().formData)).not.toContain(MASKED_SECRET);
    expect(document.body.innerHTML).not.toContain(MASKED_SECRET);
    expect(document.body.innerHTML).not.toContain(PAT);
    expect(form().template?.id).toBe(GITHUB.id);

    // Unchanged: nothing is checked or sent.
    let saved: CredentialFormSourceSummary | null = null;
    await act(async () => {
      saved = await form().submit();
    });
    expect(saved).toBeNull();
    expect(form().editStatus).toBe("nothing");
    expect(requests.filter((r) => r.method === "PUT" || r.path.endsWith("/check"))).toEqual([]);

    // The host's UI changes one field through the hook: check, then a PUT of that path only.
    act(() => form().setFormData({ ...form().formData, repositories: ["airbytehq/airbyte", "octo/cat"] }));
    await act(async () => {
      saved = await form().submit();
    });
    expect(saved).toMatchObject({ id: created.id, sourceDefinitionId: form().template?.sourceDefinitionId });
    const put = requests.find((r) => r.method === "PUT");
    expect(put?.body).toEqual({ replication_config: { repositories: ["airbytehq/airbyte", "octo/cat"] } });
    expect(requests.findIndex((r) => r.path.endsWith("/check"))).toBeLessThan(requests.indexOf(put!));
    expect(await storedConfig(created.id)).toMatchObject({
      repositories: ["airbytehq/airbyte", "octo/cat"],
      credentials: { personal_access_token: PAT },
    });
    await waitFor(() => expect(form().editStatus).toBe("saved"));
    expect(events.some((e) => e.type === "end_user_action_result" && e.message === "source_updated")).toBe(
      true,
    );
    expect(JSON.stringify(events)).not.toContain(PAT);
    // Saved: the form starts over from the server's copy, the secret kept again.
    expect([...form().keptSecrets]).toEqual(["/credentials/personal_access_token"]);
  });

  it("a connector that is not the end user's is a load error (kind connector), reported once, with Retry", async () => {
    const token = await scopedToken();
    const events: CredentialFormEvent[] = [];
    const errors: Error[] = [];
    const result: { current: UseConnectorEditResult | null } = { current: null };
    render(
      <Suspense fallback={<p>loading edit mode</p>}>
        <HeadlessEdit
          token={token}
          connectorId="00000000-0000-4000-8000-000000000000"
          onEvent={(e) => events.push(e)}
          onError={(e) => errors.push(e)}
          result={result}
        />
      </Suspense>,
    );
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    expect(alert.textContent).toBe(result.current!.messages.editLoadError);
    expect(result.current!.loadError?.kind).toBe("connector");
    expect(result.current!.status).toBe("error");
    expect(errors).toHaveLength(1);
    expect(events.filter((e) => e.type === "error" && e.phase === "load")).toHaveLength(1);
    // Retry asks again (and fails again: the connector still does not exist).
    const gets = () => requests.filter((r) => r.method === "GET" && r.path.includes("/connectors/")).length;
    const before = gets();
    act(() => result.current!.retry());
    await waitFor(() => expect(gets()).toBe(before + 1));
  });
});
