import type { RegistrySource, SandboxRegistry } from "./SandboxRegistry.js";

/** Lookups over one registry. */
export interface RegistryIndex {
  registry: SandboxRegistry;
  byId: Map<string, RegistrySource>;
  byRepository: Map<string, RegistrySource>;
}

/** Indexes a registry by source definition id and by docker repository; throws if it has no `sources`. */
export function createRegistryIndex(registry: SandboxRegistry): RegistryIndex {
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
