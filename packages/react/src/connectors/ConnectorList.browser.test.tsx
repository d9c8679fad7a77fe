import { type ConnectorSummary, createEmbeddedClient } from "@credential-form/core";
import { createSandbox, type Sandbox, seedTemplates } from "@credential-form/sandbox";
import { mintScopedToken } from "@credential-form/test-utils";
import { axeViolations } from "@credential-form/test-utils/browser";
import { waitFor } from "@testing-library/dom";
import type { Root } from "react-dom/client";
import { beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { rootPerTest } from "../test/browserRoot.js";
import { ConnectorList } from "./ConnectorList.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const BASE = "https://api.list.sandbox.test";
const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;

let sandbox: Sandbox;
let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));
const fetchVia: typeof fetch = (input, init) => sandbox.handle(new Request(input, init));

const scopedToken = () => mintScopedToken(sandbox, BASE, "browser-list");

const live = async () => {
  const latest = new Map<string, { deleted?: boolean }>();
  for (const s of await sandbox.store.list("sources")) latest.set(s.id, s);
  return [...latest.entries()].filter(([, s]) => !s.deleted).map(([id]) => id);
};

beforeEach(() => {
  sandbox = createSandbox({ publicUrl: BASE });
});

describe("<ConnectorList> in Chromium, against the sandbox", () => {
  it("lists the connections (axe 0), edits, deletes after a confirmation, and shows a clear error when a delete fails", async () => {
    const token = await scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchVia });
    const config = { credentials: { personal_access_token: "ghp_listToken1" }, repositories: ["a/b"] };
    const first = await client.createSource({ templateId: GITHUB.id, config, name: "Work GitHub" });
    const second = await client.createSource({ templateId: GITHUB.id, config, name: "Side GitHub" });
    const edited: ConnectorSummary[] = [];
    let added = 0;
    root.render(
      <ConnectorList
        token={token}
        baseUrl={BASE}
        fetch={fetchVia}
        onEdit={(c) => edited.push(c)}
        onAdd={() => added++}
        formatDate={(d) => d.toISOString().slice(0, 10)}
      />,
    );
    const items = await waitFor(
      () => {
        const found = container.querySelectorAll("li.cf-connector");
        if (found.length !== 2) throw new Error("list not loaded");
        return [...found];
      },
      { timeout: 20_000 },
    );
    expect(items.map((li) => li.querySelector(".cf-connector-name")?.textContent)).toEqual([
      "Work GitHub",
      "Side GitHub",
    ]);
    expect(items[0]!.querySelector("img")?.getAttribute("alt")).toBe("");
    expect(items[0]!.querySelector("time")?.textContent).toMatch(/^Created \d{4}-\d{2}-\d{2}$/);
    expect(container.querySelector("h2")?.textContent).toBe("Your connections");
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(
      container.querySelector<HTMLButtonElement>('button[aria-label="Edit Work GitHub"]')!,
    );
    expect(edited.map((c) => c.id)).toEqual([first.id]);
    await userEvent.click(
      [...container.querySelectorAll("button")].find((b) => b.textContent === "Add a connection")!,
    );
    expect(added).toBe(1);

    // A failing delete: the dialog stays, with a clear error, and nothing is deleted.
    sandbox.faults.add({ match: `DELETE /api/v1/integrations/connectors/${second.id}`, fault: "500" });
    await userEvent.click(
      container.querySelector<HTMLButtonElement>('button[aria-label="Delete Side GitHub"]')!,
    );
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"]:not([hidden])');
      if (!found) throw new Error("no dialog");
      return found;
    });
    expect(dialog.textContent).toContain("Delete Side GitHub?");
    expect(await axeViolations(document.body)).toEqual([]);
    const confirm = [...dialog.querySelectorAll("button")].find((b) => b.textContent === "Delete")!;
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(dialog.querySelector('[role="alert"]')?.textContent).toBe(
        "We couldn't delete Side GitHub. Please try again.",
      ),
    );
    expect(await live()).toEqual([first.id, second.id]);

    // Again, now that the server answers: the connection is gone from the list and from the sandbox.
    await userEvent.click(confirm);
    await waitFor(() => expect(container.querySelectorAll("li.cf-connector").length).toBe(1));
    expect(dialog.closest("[hidden]") ?? dialog.hidden).toBeTruthy();
    expect(await live()).toEqual([first.id]);

    // Cancel keeps the connection.
    await userEvent.click(
      container.querySelector<HTMLButtonElement>('button[aria-label="Delete Work GitHub"]')!,
    );
    await userEvent.click([...dialog.querySelectorAll("button")].find((b) => b.textContent === "Keep it")!);
    expect(await live()).toEqual([first.id]);
  });
});
