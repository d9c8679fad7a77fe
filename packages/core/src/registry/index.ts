export type { RegistryClient, RegistryClientOptions } from "./createRegistryClient.js";
export { createRegistryClient, DEFAULT_REGISTRY_URL } from "./createRegistryClient.js";
export type { ExtractOptions } from "./extractSourceDefinition.js";
export { extractSourceDefinition } from "./extractSourceDefinition.js";
export type { RegistryErrorCode } from "./RegistryError.js";
export { RegistryError } from "./RegistryError.js";
export type { SourceDefinition, SourceQuery } from "./SourceDefinition.js";
