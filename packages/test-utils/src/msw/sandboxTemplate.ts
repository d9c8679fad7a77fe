import { seedTemplates, type TemplateSeed } from "@credential-form/sandbox";

/** A source template the sandbox seeds, by docker repository (e.g. `airbyte/source-hellobaton`); throws when absent. */
export function sandboxTemplate(dockerRepository: string): TemplateSeed {
  const seed = seedTemplates.find((template) => template.docker_repository === dockerRepository);
  if (!seed) {
    const known = seedTemplates.map((template) => template.docker_repository).join(", ");
    throw new Error(`The sandbox seeds no template for ${dockerRepository} (it has: ${known})`);
  }
  return seed;
}
