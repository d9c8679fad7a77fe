import { connectorIcon } from "./connectorIcon.js";
import type { RegistryIndex } from "./createRegistryIndex.js";
import type { StoredTemplate } from "./SandboxStore.js";
import type { TemplateSeed } from "./seedTemplates.js";

/** The seeded templates as stored ones, over the registry's connectors; throws for a connector it lacks. */
export function resolveSeeds(seeds: readonly TemplateSeed[], index: RegistryIndex): StoredTemplate[] {
  return seeds.map((seed) => {
    const source =
      (seed.source_definition_id ? index.byId.get(seed.source_definition_id) : undefined) ??
      (seed.docker_repository ? index.byRepository.get(seed.docker_repository) : undefined);
    if (!source) {
      throw new Error(
        `Source template ${seed.id}: connector ${seed.docker_repository ?? seed.source_definition_id ?? "(none)"} is not in the registry`,
      );
    }
    return {
      id: seed.id,
      name: seed.name ?? source.name,
      icon:
        seed.icon === undefined
          ? connectorIcon(source.dockerRepository, seed.name ?? source.name)
          : seed.icon,
      source_definition_id: source.sourceDefinitionId,
      partial_default_config: seed.partial_default_config ?? {},
      ...(seed.user_config_spec ? { user_config_spec: seed.user_config_spec } : {}),
      created_at: new Date(0).toISOString(),
      ...(seed.tags ? { tags: seed.tags } : {}),
      ...(seed.mode ? { mode: seed.mode } : {}),
      ...(seed.auth_tooltip === undefined ? {} : { auth_tooltip: seed.auth_tooltip }),
    };
  });
}
