// The registry client in real Chromium: the full registry is fetched and scanned in a Web Worker where the page
// allows one, with the same definitions and the same typed errors as the main-thread scan, which stays the
// fallback. The registry is the real fixture, served by the test server (same origin, like a host's own copy).
import { getSource, rejectionOf } from "@credential-form/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRegistryClient } from "./createRegistryClient.js";
import { RegistryError } from "./RegistryError.js";

const REGISTRY_URL = "/packages/fixtures/registry.json";
const CONNECTORS = [
  "airbyte/source-github",
  "airbyte/source-google-analytics-data-api",
  "airbyte/source-facebook-marketing",
  "airbyte/source-hellobaton",
];
const RealWorker = globalThis.Worker;

/** Counts the workers the page creates and which of them were terminated. */
function spyOnWorkers(scriptUrl?: string): { created: string[]; terminated: number } {
  const seen = { created: [] as string[], terminated: 0 };
  class SpyWorker extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(scriptUrl ?? url, options);
      seen.created.push(String(url));
    }
    override terminate(): void {
      seen.terminated++;
      super.terminate();
    }
  }
  vi.stubGlobal("Worker", SpyWorker);
  return seen;
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, RegistryError);

/** What a test compares between the two paths: everything a caller can read from the error. */
function shape(error: RegistryError) {
  return { code: error.code, message: error.message, status: error.status, retryable: error.retryable };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("createRegistryClient in a browser", () => {
  it("scans in a worker and finds the same definitions as the main-thread scan", async () => {
    const workers = spyOnWorkers();
    const pageFetch = vi.spyOn(globalThis, "fetch");
    const inWorker = createRegistryClient({ url: REGISTRY_URL });
    const onMain = createRegistryClient({ url: REGISTRY_URL, worker: false });
    for (const dockerRepository of CONNECTORS) {
      const expected = getSource(dockerRepository);
      const fromWorker = await inWorker.getSourceDefinition({
        sourceDefinitionId: expected.sourceDefinitionId,
      });
      const fromMain = await onMain.getSourceDefinition({ dockerRepository });
      expect(fromWorker).toEqual(fromMain);
      expect(fromWorker.dockerRepository).toBe(dockerRepository);
      expect(fromWorker.spec.connectionSpecification).toEqual(expected.spec.connectionSpecification);
    }
    // One worker per lookup, each terminated once it answered; the page itself fetched only for the main-thread
    // client.
    expect(workers.created).toHaveLength(CONNECTORS.length);
    expect(workers.created[0]).toMatch(/registryWorker/);
    expect(workers.terminated).toBe(CONNECTORS.length);
    expect(pageFetch).toHaveBeenCalledTimes(CONNECTORS.length);
  });

  it("maps a missing connector, broken JSON, an HTTP error and a network error to the same typed errors", async () => {
    const workers = spyOnWorkers();
    const pageFetch = vi.spyOn(globalThis, "fetch");
    const cases: [string, { sourceDefinitionId: string } | { dockerRepository: string }, string][] = [
      [REGISTRY_URL, { dockerRepository: "airbyte/source-does-not-exist" }, "not_found"],
      [
        'data:application/json,{"sources":[{"sourceDefinitionId":"x"',
        { sourceDefinitionId: "x" },
        "bad_json",
      ],
      ["data:application/json,[1,2]", { sourceDefinitionId: "x" }, "bad_json"],
      ["/packages/fixtures/no-such-registry.json", { sourceDefinitionId: "x" }, "http"],
      // Nothing listens on port 9 (discard) of this machine: the connection is refused.
      ["http://127.0.0.1:9/registry.json", { sourceDefinitionId: "x" }, "network"],
    ];
    for (const [url, query, code] of cases) {
      const fromWorker = await errorOf(createRegistryClient({ url }).getSourceDefinition(query));
      const fromMain = await errorOf(createRegistryClient({ url, worker: false }).getSourceDefinition(query));
      expect(fromWorker.code).toBe(code);
      expect(shape(fromWorker)).toEqual(shape(fromMain));
    }
    expect(workers.created).toHaveLength(cases.length);
    expect(pageFetch).toHaveBeenCalledTimes(cases.length);
  });

  it("runs on the main thread, with the same result, where the page has no Worker", async () => {
    vi.stubGlobal("Worker", undefined);
    const pageFetch = vi.spyOn(globalThis, "fetch");
    const source = getSource("airbyte/source-github");
    const definition = await createRegistryClient({ url: REGISTRY_URL }).getSourceDefinition({
      sourceDefinitionId: source.sourceDefinitionId,
    });
    expect(definition.spec.connectionSpecification).toEqual(source.spec.connectionSpecification);
    expect(pageFetch).toHaveBeenCalledTimes(1);
  });

  it("falls back to the main thread when creating the worker throws (as a CSP may make it), and stops trying", async () => {
    let attempts = 0;
    vi.stubGlobal(
      "Worker",
      class {
        constructor() {
          attempts++;
          throw new DOMException("Refused by the page's Content-Security-Policy.", "SecurityError");
        }
      },
    );
    const pageFetch = vi.spyOn(globalThis, "fetch");
    const client = createRegistryClient({ url: REGISTRY_URL });
    for (const dockerRepository of CONNECTORS.slice(0, 2)) {
      const definition = await client.getSourceDefinition({ dockerRepository });
      expect(definition.spec.connectionSpecification).toEqual(
        getSource(dockerRepository).spec.connectionSpecification,
      );
    }
    expect(attempts).toBe(1);
    expect(pageFetch).toHaveBeenCalledTimes(2);
  });

  it("falls back to the main thread when the worker's script fails to load (a bundler that did not emit it)", async () => {
    const workers = spyOnWorkers("/packages/core/src/registry/no-such-worker.js");
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    window.addEventListener("error", onError);
    const pageFetch = vi.spyOn(globalThis, "fetch");
    const client = createRegistryClient({ url: REGISTRY_URL });
    const source = getSource("airbyte/source-hellobaton");
    const definition = await client.getSourceDefinition({ sourceDefinitionId: source.sourceDefinitionId });
    expect(definition.spec.connectionSpecification).toEqual(source.spec.connectionSpecification);
    // The same error again for a missing connector, from the main thread, and no second worker.
    const missing = await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-nope" }));
    expect(missing.code).toBe("not_found");
    window.removeEventListener("error", onError);
    expect(workers.created).toHaveLength(1);
    expect(workers.terminated).toBe(1);
    expect(pageFetch).toHaveBeenCalledTimes(2);
    expect(pageErrors).toEqual([]);
  });

  it("falls back to the main thread when the page's Content-Security-Policy forbids workers", async () => {
    // A same-origin frame whose policy says `worker-src 'none'`; the client creates its worker through that frame's
    // `Worker`, so the browser checks the frame's policy, as it would a host page's.
    const frame = document.createElement("iframe");
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">`;
    const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const violations: string[] = [];
    frame.contentDocument?.addEventListener("securitypolicyviolation", (event) =>
      violations.push(event.effectiveDirective),
    );
    vi.stubGlobal("Worker", (frame.contentWindow as unknown as typeof globalThis).Worker);
    const pageFetch = vi.spyOn(globalThis, "fetch");
    try {
      const source = getSource("airbyte/source-github");
      const definition = await createRegistryClient({ url: REGISTRY_URL }).getSourceDefinition({
        sourceDefinitionId: source.sourceDefinitionId,
      });
      expect(definition.spec.connectionSpecification).toEqual(source.spec.connectionSpecification);
      expect(pageFetch).toHaveBeenCalledTimes(1);
      await expect.poll(() => violations).toEqual(["worker-src"]);
    } finally {
      frame.remove();
    }
  });

  it("terminates the worker when the lookup is aborted", async () => {
    const workers = spyOnWorkers();
    const pageFetch = vi.spyOn(globalThis, "fetch");
    const client = createRegistryClient({ url: REGISTRY_URL });
    const controller = new AbortController();
    const lookup = client.getSourceDefinition(
      { dockerRepository: "airbyte/source-github" },
      { signal: controller.signal },
    );
    expect(workers.created).toHaveLength(1);
    controller.abort();
    const error = await errorOf(lookup);
    expect(error.code).toBe("aborted");
    expect(workers.terminated).toBe(1);
    // Aborted mid-download: a worker that is already scanning is stopped the same way.
    const second = new AbortController();
    const again = client.getSourceDefinition(
      { dockerRepository: "airbyte/source-google-analytics-data-api" },
      { signal: second.signal },
    );
    setTimeout(() => second.abort(new Error("the user left")), 5);
    const secondError = await errorOf(again);
    expect(secondError.code).toBe("aborted");
    expect(secondError.cause).toEqual(new Error("the user left"));
    expect(workers.created).toHaveLength(2);
    expect(workers.terminated).toBe(2);
    expect(pageFetch).not.toHaveBeenCalled();
    // A later lookup in the same client still uses a worker and succeeds.
    const definition = await client.getSourceDefinition({ dockerRepository: "airbyte/source-github" });
    expect(definition.dockerRepository).toBe("airbyte/source-github");
    expect(workers.created).toHaveLength(3);
  });
});
