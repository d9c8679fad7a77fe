import type { API_MESSAGES } from "./API_MESSAGES.js";
import type { CredentialApiError } from "./CredentialApiError.js";

/**
 * What the on-demand API client (`buildEmbeddedClient`, `createConnectorApi`) uses from the first load, handed to
 * it (`coreApiKit`) instead of imported: a chunk loaded on demand that imports a module the first load also has
 * makes bundlers split that module into a chunk of its own, gzipped apart (see bench/README.md).
 */
export interface ApiKit {
  ApiError: typeof CredentialApiError;
  messages: typeof API_MESSAGES;
}
