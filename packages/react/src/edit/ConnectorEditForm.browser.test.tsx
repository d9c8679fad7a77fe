import { createEmbeddedClient } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { createSandbox, type Sandbox, seedTemplates } from "@credential-form/sandbox";
import { axeViolations } from "@credential-form/test-utils/browser";
import { waitFor } from "@testing-library/dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { CredentialForm } from "../CredentialForm.js";
import type { CredentialFormEvent } from "../events.js";
import { ConnectorEditForm } from "./ConnectorEditForm.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const BASE = "https://api.edit.sandbox.test";
const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const PAT = "ghp_storedBrowserToken";

let sandbox: Sandbox;
let container: HTMLDivElement;
let root: Root;
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
      body: JSON.stringify({ workspace_name: "browser-edit" }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}

async function stored(id: string) {
  return (await sandbox.store.list("sources")).filter((s) => s.id === id).at(-1)?.configuration as Record<
    string,
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the stored JSON it has just asserted on.
    any
  >;
}

beforeEach(() => {
  sandbox = createSandbox({ publicUrl: BASE });
  requests = [];
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
});

describe("<ConnectorEditForm> in Chromium, against the sandbox", () => {
  it("shows the stored secret as unchanged, saves one field, replaces the secret; axe finds nothing", async () => {
    const token = await scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchVia });
    const created = await client.createSource({
      templateId: GITHUB.id,
      config: {
        credentials: { personal_access_token: PAT },
        repositories: ["airbytehq/airbyte"],
        start_date: "2023-01-01T00:00:00Z",
      },
      name: "GitHub",
    });
    const events: CredentialFormEvent[] = [];
    requests = [];
    root.render(
      <ConnectorEditForm
        connectorId={created.id}
        token={token}
        baseUrl={BASE}
        registryUrl={`${BASE}/registries/v0/cloud_registry.json`}
        fetch={fetchVia}
        onEvent={(event) => events.push(event)}
      />,
    );
    const replace = await waitFor(
      () => {
        const button = container.querySelector<HTMLButtonElement>('button[aria-label^="Replace"]');
        if (!button) throw new Error("no Replace button yet");
        return button;
      },
      { timeout: 20_000 },
    );
    // The unchanged state: named, described, and neither the secret nor the mask anywhere in the page.
    expect(replace.getAttribute("aria-label")).toMatch(/^Replace Personal Access Token/);
    const described = document.getElementById(replace.getAttribute("aria-describedby")!);
    expect(described?.textContent).toBe("Unchanged (stored securely)");
    expect(container.innerHTML).not.toContain(MASKED_SECRET);
    expect(container.innerHTML).not.toContain(PAT);
    for (const input of container.querySelectorAll("input")) expect(input.value).not.toBe(MASKED_SECRET);
    expect(await axeViolations(container)).toEqual([]);

    // Saving an unchanged form sends nothing.
    const save = container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(save.textContent).toBe("Save changes");
    await userEvent.click(save);
    await waitFor(() => expect(container.textContent).toContain("Nothing to save"));
    expect(requests.filter((r) => r.method === "PUT" || r.path.endsWith("/check"))).toEqual([]);

    // One field changed: only its path is checked and sent; the stored secret stays.
    // The start date sits in the collapsed "More options (n)" section (its count depends on the connector).
    const optional = [...container.querySelectorAll("button[aria-expanded]")].find((b) =>
      /^\W*More options \(\d+\)$/.test(b.textContent ?? ""),
    );
    if (!optional) throw new Error("no More options section");
    if (optional.getAttribute("aria-expanded") === "false") await userEvent.click(optional);
    const startDate = await waitFor(() => {
      const input = [...container.querySelectorAll<HTMLInputElement>("input")].find(
        (i) => i.value === "2023-01-01T00:00:00Z",
      );
      if (!input) throw new Error("no start date input");
      return input;
    });
    await userEvent.clear(startDate);
    await userEvent.type(startDate, "2024-05-01T00:00:00Z");
    await userEvent.click(save);
    await waitFor(
      () => expect(events.some((e) => "message" in e && e.message === "source_updated")).toBe(true),
      {
        timeout: 10_000,
      },
    );
    const put = requests.find((r) => r.method === "PUT");
    expect(put?.body).toEqual({ replication_config: { start_date: "2024-05-01T00:00:00Z" } });
    expect(requests.findIndex((r) => r.path.endsWith("/check"))).toBeLessThan(requests.indexOf(put!));
    expect(await stored(created.id)).toMatchObject({
      start_date: "2024-05-01T00:00:00Z",
      credentials: { personal_access_token: PAT },
    });
    expect(JSON.stringify(events)).not.toContain(PAT);

    // Replace the secret: the new input takes the focus, the new value is saved.
    requests = [];
    const again = container.querySelector<HTMLButtonElement>('button[aria-label^="Replace"]')!;
    await userEvent.click(again);
    const secretInput = await waitFor(() => {
      const input = container.querySelector<HTMLInputElement>('input[data-secret="true"]');
      if (!input) throw new Error("no secret input");
      return input;
    });
    await waitFor(() => expect(document.activeElement).toBe(secretInput));
    await userEvent.type(secretInput, "ghp_rotatedInBrowser");
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(save);
    await waitFor(() => expect(requests.some((r) => r.method === "PUT")).toBe(true), { timeout: 10_000 });
    expect(requests.find((r) => r.method === "PUT")?.body).toEqual({
      replication_config: { credentials: { personal_access_token: "ghp_rotatedInBrowser" } },
    });
    await waitFor(async () =>
      expect((await stored(created.id)).credentials.personal_access_token).toBe("ghp_rotatedInBrowser"),
    );
    // Saved: the field is back to its unchanged state.
    await waitFor(() => expect(container.querySelector('button[aria-label^="Replace"]')).not.toBeNull());
  });

  it("<CredentialForm connectorId> loads edit mode on demand and saves only the changed field", async () => {
    const token = await scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchVia });
    const created = await client.createSource({
      templateId: GITHUB.id,
      config: { credentials: { personal_access_token: PAT }, repositories: ["airbytehq/airbyte"] },
      name: "GitHub",
    });
    const events: CredentialFormEvent[] = [];
    requests = [];
    root.render(
      <CredentialForm
        connectorId={created.id}
        token={token}
        baseUrl={BASE}
        registryUrl={`${BASE}/registries/v0/cloud_registry.json`}
        fetch={fetchVia}
        onEvent={(event) => events.push(event)}
      />,
    );
    // Edit mode, not create: the stored connector is read, its secret shows as unchanged, Save is "Save changes".
    await waitFor(() => expect(container.querySelector('button[aria-label^="Replace"]')).not.toBeNull(), {
      timeout: 20_000,
    });
    expect(requests.some((r) => r.method === "GET" && r.path.endsWith(`/connectors/${created.id}`))).toBe(
      true,
    );
    expect(container.innerHTML).not.toContain(MASKED_SECRET);
    const save = container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(save.textContent).toBe("Save changes");
    const repository = await waitFor(() => {
      const input = [...container.querySelectorAll<HTMLInputElement>("input")].find(
        (i) => i.value === "airbytehq/airbyte",
      );
      if (!input) throw new Error("no repository input");
      return input;
    });
    await userEvent.clear(repository);
    await userEvent.type(repository, "airbytehq/airbyte-embedded");
    await userEvent.click(save);
    await waitFor(
      () => expect(events.some((e) => "message" in e && e.message === "source_updated")).toBe(true),
      { timeout: 10_000 },
    );
    expect(requests.filter((r) => r.method === "POST" && r.path.endsWith("/connectors"))).toEqual([]);
    expect(requests.find((r) => r.method === "PUT")?.body).toEqual({
      replication_config: { repositories: ["airbytehq/airbyte-embedded"] },
    });
    expect(await stored(created.id)).toMatchObject({
      repositories: ["airbytehq/airbyte-embedded"],
      credentials: { personal_access_token: PAT },
    });
  });

  it("removes a stored optional secret: a distinct, named action; the PUT sends null and the sandbox drops it", async () => {
    sandbox = createSandbox({
      publicUrl: BASE,
      templates: [...seedTemplates, { id: "tpl-gorgias-edit", docker_repository: "airbyte/source-gorgias" }],
    });
    const token = await scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchVia });
    const created = await client.createSource({
      templateId: "tpl-gorgias-edit",
      config: {
        username: "ops@acme.test",
        password: "gorgias-stored-password",
        domain_name: "acme",
        start_date: "2024-01-01T00:00:00Z",
      },
      name: "Gorgias",
    });
    expect((await stored(created.id)).password).toBe("gorgias-stored-password");
    requests = [];
    root.render(
      <ConnectorEditForm
        connectorId={created.id}
        token={token}
        baseUrl={BASE}
        registryUrl={`${BASE}/registries/v0/cloud_registry.json`}
        fetch={fetchVia}
      />,
    );
    const remove = await waitFor(
      () => {
        const button = container.querySelector<HTMLButtonElement>('button[aria-label="Remove Password"]');
        if (!button) throw new Error("no Remove button yet");
        return button;
      },
      { timeout: 20_000 },
    );
    // A required secret would have no Remove; this optional one has it next to Replace.
    expect(container.querySelector('button[aria-label="Replace Password"]')).not.toBeNull();
    await userEvent.click(remove);
    const keep = await waitFor(() => {
      const button = container.querySelector<HTMLButtonElement>(
        'button[aria-label="Keep stored value of Password"]',
      );
      if (!button) throw new Error("no Keep button");
      return button;
    });
    expect(document.getElementById(keep.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Removed (deleted when you save)",
    );
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(container.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(requests.some((r) => r.method === "PUT")).toBe(true), { timeout: 10_000 });
    expect(requests.find((r) => r.method === "PUT")?.body).toEqual({
      replication_config: { password: null },
    });
    await waitFor(async () => expect(await stored(created.id)).not.toHaveProperty("password"));
    expect(await stored(created.id)).toMatchObject({ username: "ops@acme.test", domain_name: "acme" });
  });
});
