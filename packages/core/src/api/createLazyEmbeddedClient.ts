import { onDemand } from "../shared/onDemand.js";
import { createTokenProvider } from "../token/createTokenProvider.js";
import { isTokenProvider } from "../token/isTokenProvider.js";
import type { EmbeddedClient, EmbeddedClientOptions } from "./buildEmbeddedClient.js";
import { coreApiKit } from "./coreApiKit.js";
import { flavours } from "./flavours.js";

/**
 * `createEmbeddedClient`, with the request code (requests, retries, error normalisation and messages, ~3 kB gzip)
 * loaded on the first call instead of with the page: a form needs it only to submit, or to fetch a template by
 * id. `tokenProvider` and `flavour` are there at once (the form reads them while rendering). Same options and
 * behaviour; a chunk that fails to load rejects that call and is retried by the next.
 */
export function createLazyEmbeddedClient(options: EmbeddedClientOptions): EmbeddedClient {
  const { token, flavour: chosen = "agent-api" } = options;
  const tokenProvider = isTokenProvider(token) ? token : createTokenProvider(token);
  const flavour = typeof chosen === "object" ? chosen : flavours[chosen];
  if (!flavour) throw new TypeError("Unknown API flavour.");
  const client = onDemand(() =>
    import("./buildEmbeddedClient.js").then((module) =>
      module.buildEmbeddedClient(options, tokenProvider, flavour, coreApiKit),
    ),
  );
  return {
    tokenProvider,
    flavour,
    createSource: async (input) => (await client()).createSource(input),
    checkSource: async (input) => (await client()).checkSource(input),
    listSourceTemplates: async (input) => (await client()).listSourceTemplates(input),
    getSourceTemplate: async (id, input) => (await client()).getSourceTemplate(id, input),
    getWorkspace: async (input) => (await client()).getWorkspace(input),
    initiateOAuth: async (input) => (await client()).initiateOAuth(input),
    listConnectors: async (input) => (await client()).listConnectors(input),
    getConnector: async (id, input) => (await client()).getConnector(id, input),
    updateConnector: async (input) => (await client()).updateConnector(input),
    deleteConnector: async (id, input) => (await client()).deleteConnector(id, input),
    checkConnectorUpdate: async (input) => (await client()).checkConnectorUpdate(input),
  };
}
