import { isPlainObject } from "../shared/isPlainObject.js";
import { extractSourceDefinition } from "./extractSourceDefinition.js";
import { RegistryError } from "./RegistryError.js";
import type { SourceDefinition, SourceQuery } from "./SourceDefinition.js";
import { toSourceDefinition } from "./toSourceDefinition.js";

/** The public Airbyte Cloud connector registry. */
export const DEFAULT_REGISTRY_URL = "https://connectors.airbyte.com/files/registries/v0/cloud_registry.json";

/** Options of {@link createRegistryClient}. */
export interface RegistryClientOptions {
  /** The full registry document. @default DEFAULT_REGISTRY_URL */
  url?: string;
  /**
   * A per-connector URL template with `{sourceDefinitionId}` and/or `{dockerRepository}`, pointing at a file
   * (or proxy) that returns one source definition; used instead of the full registry when the query's key
   * has a placeholder.
   */
  connectorUrl?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Loads connector definitions from the Airbyte registry. */
export interface RegistryClient {
  /** The definition (with its spec) of one source connector, by id or docker repository. */
  getSourceDefinition(query: SourceQuery, init?: { signal?: AbortSignal }): Promise<SourceDefinition>;
}

interface Shared {
  promise: Promise<SourceDefinition>;
  controller: AbortController;
  waiters: number;
}

function keyOf(query: SourceQuery): string {
  const value = "sourceDefinitionId" in query ? query.sourceDefinitionId : query.dockerRepository;
  if (typeof value !== "string" || value === "") {
    throw new TypeError("getSourceDefinition needs a sourceDefinitionId or a dockerRepository.");
  }
  return "sourceDefinitionId" in query ? `id:${value}` : `repo:${value}`;
}

function describe(query: SourceQuery): string {
  return "sourceDefinitionId" in query ? `id ${query.sourceDefinitionId}` : query.dockerRepository;
}

function abortedError(signal: AbortSignal): RegistryError {
  return new RegistryError("aborted", "Loading the connector definition was cancelled.", {
    cause: signal.reason,
  });
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Creates a registry client that extracts single definitions from the (large) registry by streaming, caches
 * them by id and docker repository, dedupes concurrent lookups and revalidates with ETag/If-None-Match.
 */
export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const url = options.url ?? DEFAULT_REGISTRY_URL;
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);
  const cache = new Map<string, SourceDefinition>();
  /** Keys known to be absent from the registry version `etag`. */
  const missing = new Set<string>();
  const inflight = new Map<string, Shared>();
  let etag: string | null = null;
  // A cross-origin If-None-Match needs a CORS preflight; if that fails, stop sending it.
  let conditional = true;

  const remember = (definition: SourceDefinition) => {
    if (definition.sourceDefinitionId) cache.set(`id:${definition.sourceDefinitionId}`, definition);
    if (definition.dockerRepository) cache.set(`repo:${definition.dockerRepository}`, definition);
  };

  async function request(
    target: string,
    signal: AbortSignal,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    try {
      return await doFetch(target, { signal, headers: { Accept: "application/json", ...headers } });
    } catch (cause) {
      if (signal.aborted) throw abortedError(signal);
      throw new RegistryError(
        "network",
        "The connector registry could not be reached. Check your connection and try again.",
        {
          retryable: true,
          cause,
        },
      );
    }
  }

  function httpError(response: Response, what: string): RegistryError {
    response.body?.cancel().catch(() => {});
    return new RegistryError("http", `${what} answered HTTP ${response.status}.`, {
      status: response.status,
      retryable: isRetryableStatus(response.status),
    });
  }

  function notFound(query: SourceQuery, status: number | null = null): RegistryError {
    return new RegistryError("not_found", `No source connector ${describe(query)} in the registry.`, {
      status,
    });
  }

  async function fromRegistry(
    query: SourceQuery,
    key: string,
    signal: AbortSignal,
  ): Promise<SourceDefinition> {
    let response: Response | null = null;
    // Only a known absence can be answered by a 304 (hits never reach the network), so only then revalidate.
    if (etag !== null && conditional && missing.has(key)) {
      try {
        response = await request(url, signal, { "If-None-Match": etag });
      } catch (error) {
        if (!(error instanceof RegistryError) || error.code !== "network") throw error;
        conditional = false;
      }
      if (response?.status === 304) {
        response.body?.cancel().catch(() => {});
        // Unchanged registry: what we know about this version still holds.
        const hit = cache.get(key);
        if (hit !== undefined) return hit;
        if (missing.has(key)) throw notFound(query);
        response = null;
      }
    }
    response ??= await request(url, signal);
    if (!response.ok) throw httpError(response, "The connector registry");
    const newEtag = response.headers.get("etag");
    if (newEtag !== etag) missing.clear();
    etag = newEtag;
    const raw = await extractSourceDefinition(response.body ?? (await response.text()), query, { signal });
    if (raw === null) {
      if (etag !== null) missing.add(key);
      throw notFound(query);
    }
    return toSourceDefinition(raw);
  }

  async function fromConnectorUrl(
    query: SourceQuery,
    template: string,
    signal: AbortSignal,
  ): Promise<SourceDefinition> {
    const target = template
      .replace(
        "{sourceDefinitionId}",
        "sourceDefinitionId" in query ? encodeURIComponent(query.sourceDefinitionId) : "",
      )
      .replace(
        "{dockerRepository}",
        "dockerRepository" in query
          ? query.dockerRepository.split("/").map(encodeURIComponent).join("/")
          : "",
      );
    const response = await request(target, signal);
    if (response.status === 404) {
      response.body?.cancel().catch(() => {});
      throw notFound(query, 404);
    }
    if (!response.ok) throw httpError(response, "The connector definition URL");
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new RegistryError(
        "bad_json",
        `The connector definition for ${describe(query)} is not valid JSON.`,
        { cause },
      );
    }
    const [field, value] =
      "sourceDefinitionId" in query
        ? (["sourceDefinitionId", query.sourceDefinitionId] as const)
        : (["dockerRepository", query.dockerRepository] as const);
    // A proxy may answer with a (reduced) registry document instead of the single definition.
    const raw =
      isPlainObject(json) && Array.isArray(json.sources)
        ? (json.sources.find((s: unknown) => isPlainObject(s) && s[field] === value) ?? null)
        : json;
    if (raw === null || (isPlainObject(raw) && field in raw && raw[field] !== value)) throw notFound(query);
    return toSourceDefinition(raw);
  }

  function load(query: SourceQuery, key: string, signal: AbortSignal): Promise<SourceDefinition> {
    const template = options.connectorUrl;
    const placeholder = "sourceDefinitionId" in query ? "{sourceDefinitionId}" : "{dockerRepository}";
    const task = template?.includes(placeholder)
      ? fromConnectorUrl(query, template, signal)
      : fromRegistry(query, key, signal);
    return task.then((definition) => {
      remember(definition);
      return definition;
    });
  }

  return {
    getSourceDefinition(query, init = {}) {
      let key: string;
      try {
        key = keyOf(query);
      } catch (error) {
        return Promise.reject(error);
      }
      const hit = cache.get(key);
      if (hit !== undefined) return Promise.resolve(hit);
      const signal = init.signal;
      if (signal?.aborted) return Promise.reject(abortedError(signal));

      let shared = inflight.get(key);
      if (shared === undefined) {
        const controller = new AbortController();
        const entry: Shared = { controller, waiters: 0, promise: Promise.resolve(null as never) };
        entry.promise = load(query, key, controller.signal).finally(() => {
          if (inflight.get(key) === entry) inflight.delete(key);
        });
        // Callers that abort are answered by their own rejection; keep the shared one from going unhandled.
        entry.promise.catch(() => {});
        inflight.set(key, entry);
        shared = entry;
      }
      const current = shared;
      current.waiters++;
      if (signal === undefined) return current.promise;
      return new Promise<SourceDefinition>((resolve, reject) => {
        const onAbort = () => {
          current.waiters--;
          // The download stops only when nobody waits for it any more.
          if (current.waiters === 0) {
            if (inflight.get(key) === current) inflight.delete(key);
            current.controller.abort(signal.reason);
          }
          reject(abortedError(signal));
        };
        signal.addEventListener("abort", onAbort, { once: true });
        current.promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
      });
    },
  };
}
