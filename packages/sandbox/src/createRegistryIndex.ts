import { connectorIcon } from "./connectorIcon.js";
import type { RegistrySource, SandboxRegistry } from "./SandboxRegistry.js";

/** Lookups over one registry. */
export interface RegistryIndex {
  registry: SandboxRegistry;
  byId: Map<string, RegistrySource>;
  byRepository: Map<string, RegistrySource>;
}

/**
 * Indexes a registry by source definition id and by docker repository; throws if it has no `sources`. Each
 * source's `iconUrl` becomes the sandbox's own `data:` icon: the registry's point at Airbyte's CDN, which a
 * browser talking to the sandbox must never fetch.
 */
export function createRegistryIndex(input: SandboxRegistry): RegistryIndex {
  const registry = offlineIcons(input);
  if (!registry || !Array.isArray(registry.sources)) {
    throw new TypeError(
      "The sandbox registry must be an object with a `sources` array (cloud_registry.json format)",
    );
  }
  const byId = new Map<string, RegistrySource>();
  const byRepository = new Map<string, RegistrySource>();
  for (const source of registry.sources) {
    byId.set(source.sourceDefinitionId, source);
    byRepository.set(source.dockerRepository, source);
  }
  return { registry, byId, byRepository };
}

function offlineIcons(registry: SandboxRegistry): SandboxRegistry {
  if (!registry || !Array.isArray(registry.sources)) return registry;
  const sources = registry.sources.map((source) =>
    typeof source.iconUrl === "string"
      ? { ...source, iconUrl: connectorIcon(source.dockerRepository, source.name) }
      : source,
  );
  return { ...registry, sources };
}
