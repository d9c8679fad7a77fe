/** A connector spec as found in the registry: loosely typed on purpose, real specs are messy. */
export type ConnectorSpecification = Record<string, unknown>;

/** One source definition of a `cloud_registry.json` (the fields the emulator reads). */
export interface RegistrySource {
  sourceDefinitionId: string;
  name: string;
  dockerRepository: string;
  iconUrl?: string;
  spec: {
    connectionSpecification: ConnectorSpecification;
    advanced_auth?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** A registry in the `cloud_registry.json` format. */
export interface SandboxRegistry {
  sources: RegistrySource[];
  destinations?: unknown[];
}

/** The registry itself, or a (possibly async) loader called once on first use. */
export type RegistryInput = SandboxRegistry | (() => SandboxRegistry | Promise<SandboxRegistry>);
