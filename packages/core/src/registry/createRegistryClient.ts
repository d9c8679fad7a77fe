import { isPlainObject } from "../shared/isPlainObject.js";
import { abortedError } from "./abortedError.js";
import { DEFAULT_REGISTRY_URL } from "./DEFAULT_REGISTRY_URL.js";
import { queryField } from "./queryField.js";
import { RegistryError } from "./RegistryError.js";
import { discardBody as discard, requestRegistry } from "./requestRegistry.js";
import type { SourceDefinition, SourceQuery } from "./SourceDefinition.js";
import { scanInWorker } from "./scanInWorker.js";
import { type RegistryScan, type RegistryScanRequest, scanRegistry } from "./scanRegistry.js";
import { toSourceDefinition } from "./toSourceDefinition.js";

export { DEFAULT_REGISTRY_URL };

/** Options of {@link createRegistryClient}. */
export interface RegistryClientOptions {
  /** The full registry document. @default DEFAULT_REGISTRY_URL */
  url?: string | undefined;
  /**
   * A per-connector URL template with `{sourceDefinitionId}` and/or `{dockerRepository}`, pointing at a file
   * (or proxy) that returns one source definition; used instead of the full registry when the query's key
   * has a placeholder.
   */
  connectorUrl?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /**
   * Whether the full registry is requested and scanned in a Web Worker, where the page allows one, so that the scan
   * never occupies the main thread. Only without a `fetch` option (a worker cannot call the page's function). Where a
   * worker cannot be created or run (no `Worker`, a CSP whose `worker-src` forbids the library's worker script, a
   * bundler that did not emit it), the lookup runs on the main thread in short slices, with the same results.
   * @default true
   */
  worker?: boolean;
  /**
   * How long one lookup (request and download) may take before it rejects with a retryable `RegistryError` of
   * code `timeout`.
   * @default 60000
   */
  timeoutMs?: number;
}

/** Loads connector definitions from the Airbyte registry. */
export interface RegistryClient {
  /** The definition (with its spec) of one source connector, by id or docker repository. */
  getSourceDefinition(query: SourceQuery, init?: { signal?: AbortSignal }): Promise<SourceDefinition>;
}

/** One shared lookup in flight: each caller joins it with its own signal. */
type Join = (signal: AbortSignal | undefined) => Promise<SourceDefinition>;

/**
 * Creates a registry client that extracts single definitions from the (large) registry by streaming, caches
 * them by id and docker repository, dedupes concurrent lookups and revalidates with ETag/If-None-Match.
 */
export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const { url = DEFAULT_REGISTRY_URL, connectorUrl, timeoutMs = 60_000 } = options;
  // Keys are `id <sourceDefinitionId>` or the docker repository (which has no spaces, so the two never collide);
  // a key also names its connector in messages.
  const cache = new Map<string, SourceDefinition>();
  /** Keys known to be absent from the registry version `etag`. */
  const missing = new Set<string>();
  const inflight = new Map<string, Join>();
  let etag: string | null = null;
  // A cross-origin If-None-Match needs a CORS preflight; if that fails, stop sending it.
  let conditional = true;
  // Cleared once a worker could not be created or run: later lookups go to the main thread at once.
  let useWorker = options.worker !== false && options.fetch === undefined;

  const notFound = (key: string, status: number | null = null) =>
    new RegistryError("not_found", `No source connector ${key} in the registry.`, { status });

  const request = (target: string, signal: AbortSignal, what: string, pass = 0) =>
    requestRegistry(options.fetch ?? fetch, target, signal, what, pass);

  /** One request for the full registry and the scan of its body: in a worker where possible. */
  async function scan(wanted: RegistryScanRequest, signal: AbortSignal): Promise<RegistryScan> {
    if (useWorker) {
      let absolute: string | undefined;
      try {
        // The worker resolves a relative URL against its own script's URL, so it gets the page's resolution.
        absolute = new URL(wanted.url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
      } catch {
        // Not a URL the page can resolve: the main thread reports it as it always did.
      }
      const scanned =
        absolute === undefined ? null : await scanInWorker({ ...wanted, url: absolute }, signal);
      if (scanned) return scanned;
      useWorker = false;
    }
    return scanRegistry(options.fetch ?? fetch, wanted, signal);
  }

  async function fromRegistry(
    query: SourceQuery,
    key: string,
    signal: AbortSignal,
  ): Promise<SourceDefinition> {
    let scanned: RegistryScan | undefined;
    // Only a known absence can be answered by a 304 (hits never reach the network), so only then revalidate.
    if (etag !== null && conditional && missing.has(key)) {
      try {
        scanned = await scan({ url, query, pass: 304, headers: { "If-None-Match": etag } }, signal);
      } catch (error) {
        if ((error as RegistryError).code !== "network") throw error;
        conditional = false;
      }
      if (scanned?.status === 304) {
        // Unchanged registry: what we know about this version still holds.
        const hit = cache.get(key);
        if (hit) return hit;
        if (missing.has(key)) throw notFound(key);
        scanned = undefined;
      }
    }
    scanned ??= await scan({ url, query }, signal);
    if (scanned.etag !== etag) missing.clear();
    etag = scanned.etag;
    if (scanned.raw) return toSourceDefinition(scanned.raw);
    if (etag !== null) missing.add(key);
    throw notFound(key);
  }

  async function fromConnectorUrl(
    [field, value]: ReturnType<typeof queryField>,
    key: string,
    template: string,
    signal: AbortSignal,
  ): Promise<SourceDefinition> {
    const encoded = encodeURIComponent(value);
    let target = template;
    for (const name of ["sourceDefinitionId", "dockerRepository"]) {
      // A docker repository keeps its "/" (a path on a static file server).
      target = target.replace(
        `{${name}}`,
        name !== field ? "" : name === "dockerRepository" ? encoded.replace(/%2F/g, "/") : encoded,
      );
    }
    const response = await request(target, signal, "The connector definition URL", 404);
    if (response.status === 404) {
      discard(response);
      throw notFound(key, 404);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new RegistryError("bad_json", `The connector definition for ${key} is not valid JSON.`, {
        cause,
      });
    }
    // A proxy may answer with a (reduced) registry document instead of the single definition.
    const raw =
      isPlainObject(json) && Array.isArray(json.sources)
        ? json.sources.find((s: unknown) => isPlainObject(s) && s[field] === value)
        : json;
    if (raw == null || (isPlainObject(raw) && field in raw && raw[field] !== value)) throw notFound(key);
    return toSourceDefinition(raw);
  }

  return {
    async getSourceDefinition(query, { signal } = {}) {
      const queried = queryField(query);
      const [field, value] = queried;
      if (typeof value !== "string" || value === "") {
        throw new TypeError("getSourceDefinition needs a sourceDefinitionId or a dockerRepository.");
      }
      const key = field === "dockerRepository" ? value : `id ${value}`;
      const hit = cache.get(key);
      if (hit) return hit;
      if (signal?.aborted) throw abortedError(signal, "definition");

      let join = inflight.get(key);
      if (!join) {
        const controller = new AbortController();
        // A lookup that never answers ends here: the download is aborted and the lookup rejects (even through a
        // `fetch` that ignores its signal).
        let expire: (error: RegistryError) => void = () => {};
        const expired = new Promise<never>((_, reject) => {
          expire = reject;
        });
        const timer = setTimeout(() => {
          const error = new RegistryError(
            "timeout",
            `The connector registry did not answer within ${timeoutMs} ms.`,
            { retryable: true },
          );
          controller.abort(error);
          expire(error);
        }, timeoutMs);
        const template = connectorUrl?.includes(`{${field}}`) ? connectorUrl : null;
        const promise = Promise.race([
          template
            ? fromConnectorUrl(queried, key, template, controller.signal)
            : fromRegistry(query, key, controller.signal),
          expired,
        ])
          .then((definition) => {
            // Under both keys (an empty id or repository gives a key no query can ask for).
            cache
              .set(`id ${definition.sourceDefinitionId}`, definition)
              .set(definition.dockerRepository, definition);
            return definition;
          })
          .finally(() => {
            clearTimeout(timer);
            if (inflight.get(key) === entry) inflight.delete(key);
          });
        // Callers that abort are answered by their own rejection; keep the shared one from going unhandled.
        promise.catch(() => {});
        let waiters = 0;
        const entry: Join = (callerSignal) => {
          waiters++;
          if (!callerSignal) return promise;
          return new Promise<SourceDefinition>((resolve, reject) => {
            const onAbort = () => {
              // The download stops only when nobody waits for it any more.
              if (!--waiters) {
                if (inflight.get(key) === entry) inflight.delete(key);
                controller.abort(callerSignal.reason);
              }
              reject(abortedError(callerSignal, "definition"));
            };
            callerSignal.addEventListener("abort", onAbort, { once: true });
            promise.then(resolve, reject).finally(() => callerSignal.removeEventListener("abort", onAbort));
          });
        };
        inflight.set(key, entry);
        join = entry;
      }
      return join(signal);
    },
  };
}
