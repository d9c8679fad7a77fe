// `createRegistryClient` and `extractSourceDefinition` load their code on demand: the implementations' modules
// are reached only through a dynamic import(), so bundlers leave them out of the page's first load.
export { createLazyRegistryClient as createRegistryClient } from "./createLazyRegistryClient.js";
export type { RegistryClient, RegistryClientOptions } from "./createRegistryClient.js";
export { DEFAULT_REGISTRY_URL } from "./DEFAULT_REGISTRY_URL.js";
export type { ExtractOptions } from "./extractSourceDefinition.js";
export { extractSourceDefinitionOnDemand as extractSourceDefinition } from "./extractSourceDefinitionOnDemand.js";
export type { RegistryErrorCode } from "./RegistryError.js";
export { RegistryError } from "./RegistryError.js";
export type { SourceDefinition, SourceQuery } from "./SourceDefinition.js";
