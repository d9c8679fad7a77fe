import { createEmbeddedClient } from "@credential-form/core";
import { MASKED_SECRET } from "@credential-form/core/connectors";
import { createSandbox, type Sandbox, seedTemplates } from "@credential-form/sandbox";
import { mintScopedToken, type SentRequest, sandboxFetch } from "@credential-form/test-utils";
import { axeViolations } from "@credential-form/test-utils/browser";
import { waitFor } from "@testing-library/dom";
import type { Root } from "react-dom/client";
import { beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { CredentialForm } from "../CredentialForm.js";
import type { CredentialFormEvent } from "../events.js";
import { rootPerTest } from "../test/browserRoot.js";
import { githubConfig } from "../test/githubConfig.js";
import { submitEventsDuring } from "../test/submitEventsDuring.js";
import { inputWithValue, waitForElement } from "../test/waitForElement.js";
import { ConnectorEditForm } from "./ConnectorEditForm.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const BASE = "https://api.edit.sandbox.test";
const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const PAT = "ghp_storedBrowserToken";

let sandbox: Sandbox;
let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));
let requests: SentRequest[];

const fetchVia: typeof fetch = (input, init) => sandboxFetch(sandbox, () => requests)(input, init);

const scopedToken = () => mintScopedToken(sandbox, BASE, "browser-edit");

/** The props that point an edit form at the sandbox, recording its requests. */
const sandboxProps = (token: string) => ({
  token,
  baseUrl: BASE,
  registryUrl: `${BASE}/registries/v0/cloud_registry.json`,
  fetch: fetchVia,
});

/** Replaces the value of the input that shows `value` with `next`, as a user would. */
async function retype(value: string, next: string): Promise<void> {
  const input = await waitForElement(container, (scope) => inputWithValue(scope, value));
  await userEvent.clear(input);
  await userEvent.type(input, next);
}

/**
 * Clicks Save and waits until the form reports the connector updated; the click saves without the browser's form
 * submission (no `submit` event: see `submitOnClick`).
 */
async function saveAndWait(save: HTMLButtonElement, events: CredentialFormEvent[]): Promise<void> {
  const submitEvents = await submitEventsDuring(container, async () => {
    await userEvent.click(save);
    await waitFor(
      () => expect(events.some((e) => "message" in e && e.message === "source_updated")).toBe(true),
      { timeout: 10_000 },
    );
  });
  expect(submitEvents).toEqual([]);
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
});

describe("<ConnectorEditForm> in Chromium, against the sandbox", () => {
  it("shows the stored secret as unchanged, saves one field, replaces the secret; axe finds nothing", async () => {
    const token = await scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchVia });
    const created = await client.createSource({
      templateId: GITHUB.id,
      config: githubConfig(PAT),
      name: "GitHub",
    });
    const events: CredentialFormEvent[] = [];
    requests = [];
    root.render(
      <ConnectorEditForm
        connectorId={created.id}
        {...sandboxProps(token)}
        onEvent={(event) => events.push(event)}
      />,
    );
    const replace = await waitForElement<HTMLButtonElement>(container, 'button[aria-label^="Replace"]', {
      timeout: 20_000,
    });
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
    await retype("2023-01-01T00:00:00Z", "2024-05-01T00:00:00Z");
    await saveAndWait(save, events);
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
    const secretInput = await waitForElement<HTMLInputElement>(container, 'input[data-secret="true"]');
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
      config: githubConfig(PAT, null),
      name: "GitHub",
    });
    const events: CredentialFormEvent[] = [];
    requests = [];
    root.render(
      <CredentialForm
        connectorId={created.id}
        {...sandboxProps(token)}
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
    await retype("airbytehq/airbyte", "airbytehq/airbyte-embedded");
    await saveAndWait(save, events);
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
    root.render(<ConnectorEditForm connectorId={created.id} {...sandboxProps(token)} />);
    const remove = await waitForElement<HTMLButtonElement>(
      container,
      'button[aria-label="Remove Password"]',
      {
        timeout: 20_000,
      },
    );
    // A required secret would have no Remove; this optional one has it next to Replace.
    expect(container.querySelector('button[aria-label="Replace Password"]')).not.toBeNull();
    await userEvent.click(remove);
    const keep = await waitForElement<HTMLButtonElement>(
      container,
      'button[aria-label="Keep stored value of Password"]',
    );
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
