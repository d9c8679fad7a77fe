import { createTokenProvider } from "../token/createTokenProvider.js";
import { isTokenProvider } from "../token/isTokenProvider.js";
import {
  buildEmbeddedClient,
  type EmbeddedClient,
  type EmbeddedClientOptions,
} from "./buildEmbeddedClient.js";
import { coreApiKit } from "./coreApiKit.js";
import { flavours } from "./flavours.js";

export type {
  EmbeddedClient,
  EmbeddedClientOptions,
  ListSourceTemplatesInput,
  TokenWorkspace,
} from "./buildEmbeddedClient.js";

/** Creates the client for the Airbyte Embedded API: token refresh, flavours, timeouts and typed errors. */
export function createEmbeddedClient(options: EmbeddedClientOptions): EmbeddedClient {
  const { token, flavour: chosen = "agent-api" } = options;
  const tokenProvider = isTokenProvider(token) ? token : createTokenProvider(token);
  const flavour = typeof chosen === "object" ? chosen : flavours[chosen];
  if (!flavour) throw new TypeError("Unknown API flavour.");
  return buildEmbeddedClient(options, tokenProvider, flavour, coreApiKit);
}
