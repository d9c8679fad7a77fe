import type { ConnectorApi } from "./connectorTypes.js";
import type { ConnectorApiDeps } from "./createConnectorApi.js";

/**
 * The connector calls, loaded on first use: a form that only creates never downloads them (they stay out of the
 * base bundle, as `interpretSchema` does). A failed chunk load is not cached.
 */
export function lazyConnectorApi(deps: ConnectorApiDeps): ConnectorApi {
  let loaded: Promise<ConnectorApi> | null = null;
  const api = () => {
    loaded ??= import("./createConnectorApi.js").then(
      (m) => m.createConnectorApi(deps),
      (error: unknown) => {
        loaded = null;
        throw error;
      },
    );
    return loaded;
  };
  return {
    listConnectors: async (input) => (await api()).listConnectors(input),
    getConnector: async (id, input) => (await api()).getConnector(id, input),
    updateConnector: async (input) => (await api()).updateConnector(input),
    deleteConnector: async (id, input) => (await api()).deleteConnector(id, input),
    checkConnectorUpdate: async (input) => (await api()).checkConnectorUpdate(input),
  };
}
