import { onDemand } from "../shared/onDemand.js";
import type { RegistryClient, RegistryClientOptions } from "./createRegistryClient.js";

/**
 * `createRegistryClient`, with the client's code (the streaming scanner, ~2.5 kB gzip) loaded on the first lookup
 * instead of with the page: a host that prefetched the spec, or whose form finds it in its query cache, never
 * downloads it. Same options and behaviour; a chunk that fails to load rejects that lookup and is retried by the next.
 */
export function createLazyRegistryClient(options?: RegistryClientOptions): RegistryClient {
  const client = onDemand(() =>
    import("./createRegistryClient.js").then((module) => module.createRegistryClient(options)),
  );
  return {
    getSourceDefinition: async (query, init) => (await client()).getSourceDefinition(query, init),
  };
}
