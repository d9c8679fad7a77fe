// The fixture is its own small package (packages/fixtures), which the sandbox also reads.
import registryJson from "@credential-form/fixtures/registry.json" with { type: "json" };

/** A JSON Schema as found in connector specs: loosely typed on purpose, real specs are messy. */
export type FixtureSchema = Record<string, unknown>;

/** One source definition of the registry fixture (the fields the library and its tests use). */
export interface FixtureSource {
  sourceDefinitionId: string;
  name: string;
  dockerRepository: string;
  dockerImageTag: string;
  icon?: string | null;
  iconUrl?: string;
  documentationUrl?: string;
  spec: {
    connectionSpecification: FixtureSchema;
    advanced_auth?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** The registry fixture: the `cloud_registry.json` format. */
export interface FixtureRegistry {
  sources: FixtureSource[];
  destinations: Record<string, unknown>[];
}

/** Loads the real registry fixture (one shared object: treat it as read-only). Works in Node and browsers. */
export function loadRegistry(): FixtureRegistry {
  return registryJson as unknown as FixtureRegistry;
}

/** Every source of the registry fixture (208 real connectors). */
export function allSources(): FixtureSource[] {
  return loadRegistry().sources;
}

/** One source by its docker repository, e.g. `airbyte/source-hellobaton`; throws when absent. */
export function getSource(dockerRepository: string): FixtureSource {
  const source = allSources().find((s) => s.dockerRepository === dockerRepository);
  if (!source) throw new Error(`No source ${dockerRepository} in the registry fixture`);
  return source;
}

/** One source by its source definition id; throws when absent. */
export function getSourceById(sourceDefinitionId: string): FixtureSource {
  const source = allSources().find((s) => s.sourceDefinitionId === sourceDefinitionId);
  if (!source) throw new Error(`No source ${sourceDefinitionId} in the registry fixture`);
  return source;
}
