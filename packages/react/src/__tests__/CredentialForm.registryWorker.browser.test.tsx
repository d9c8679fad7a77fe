// Where the form's registry lookup runs in real Chromium: in core's registry worker when the host gives no `fetch`
// (a worker cannot call the page's function), on the main thread through the host's `fetch` when it gives one.
import { getSource, makeWidgetToken } from "@credential-form/test-utils";
import { waitFor } from "@testing-library/dom";
import type { Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CredentialForm } from "../CredentialForm.js";
import { rootPerTest } from "../test/browserRoot.js";

// A real browser: React updates flush on their own, no act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const TOKEN = makeWidgetToken();
const RealWorker = globalThis.Worker;
const hellobaton = getSource("airbyte/source-hellobaton");
const github = getSource("airbyte/source-github");

let container: HTMLDivElement;
let root: Root;
rootPerTest((mounted) => ({ container, root } = mounted));
let registryUrl: string;
let workers: string[];

beforeEach(() => {
  // Real fixture entries without their CDN icons (the header would load them: the network is not for tests), in a
  // registry of the page's own (a blob: URL, which a worker of the page can read too).
  const sources = [github, hellobaton].map((source) => ({ ...source, iconUrl: null }));
  registryUrl = URL.createObjectURL(
    new Blob([JSON.stringify({ sources, destinations: [] })], { type: "application/json" }),
  );
  workers = [];
  vi.stubGlobal(
    "Worker",
    class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(String(url));
      }
    },
  );
});
afterEach(() => {
  URL.revokeObjectURL(registryUrl);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Renders Hellobaton's form (inline template, token string: no API call) and waits for its API Key field. */
async function showHellobaton(fetchProp?: typeof fetch): Promise<void> {
  root.render(
    <CredentialForm
      token={TOKEN}
      baseUrl="https://api.airbyte.test"
      registryUrl={registryUrl}
      template={{ id: "tpl-hellobaton", sourceDefinitionId: hellobaton.sourceDefinitionId }}
      {...(fetchProp ? { fetch: fetchProp } : {})}
    />,
  );
  await waitFor(
    () => {
      const alert = container.querySelector('[role="alert"]');
      if (alert) throw new Error(String(alert.textContent));
      expect(container.querySelector("label")?.textContent).toMatch(/API Key/);
    },
    { timeout: 10_000 },
  );
}

describe("the form's registry lookup", () => {
  it("runs in the registry worker when the host gives no fetch", async () => {
    const pageFetch = vi.spyOn(globalThis, "fetch");
    await showHellobaton();
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/registryWorker/);
    expect(pageFetch.mock.calls.map(([input]) => String(input))).not.toContain(registryUrl);
  });

  it("runs on the main thread through the host's fetch when it gives one", async () => {
    const hostFetch = vi.fn<typeof fetch>((input, init) => globalThis.fetch(input, init));
    await showHellobaton(hostFetch);
    expect(workers).toEqual([]);
    expect(hostFetch.mock.calls.map(([input]) => String(input))).toContain(registryUrl);
  });
});
