/** The public Airbyte Cloud connector registry. */
export const DEFAULT_REGISTRY_URL = "https://connectors.airbyte.com/files/registries/v0/cloud_registry.json";
