import { registryFixture } from "../registryFixture.js";
import type { RegistrySource } from "../SandboxRegistry.js";

/** Every source of the registry fixture the sandbox serves by default. */
export function allSources(): RegistrySource[] {
  return registryFixture.sources;
}

/** One source of the fixture by docker repository, e.g. `airbyte/source-github`; throws when absent. */
export function getSource(dockerRepository: string): RegistrySource {
  const source = allSources().find((s) => s.dockerRepository === dockerRepository);
  if (!source) throw new Error(`No source ${dockerRepository} in the registry fixture`);
  return source;
}
