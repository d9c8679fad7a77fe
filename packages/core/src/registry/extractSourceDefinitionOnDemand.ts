import type { extractSourceDefinition } from "./extractSourceDefinition.js";

/** `extractSourceDefinition`, its scanner loaded on the first call (see `createLazyRegistryClient`). */
export async function extractSourceDefinitionOnDemand(
  ...args: Parameters<typeof extractSourceDefinition>
): ReturnType<typeof extractSourceDefinition> {
  return (await import("./extractSourceDefinition.js")).extractSourceDefinition(...args);
}
