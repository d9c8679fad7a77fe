import type { Connector, EmbeddedClient, TokenSource } from "@credential-form/core";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useEmbeddedClient } from "../useEmbeddedClient.js";
import { useResolvedQueryClient } from "../useResolvedQueryClient.js";

/** Options of {@link useConnector} and {@link useConnectorsClient}. */
export interface UseConnectorsClientOptions {
  /** Scoped token from the host backend, or a callback resolving to a fresh one. */
  token: TokenSource;
  /** Agent API base URL. @default "https://api.airbyte.ai" */
  baseUrl?: string | undefined;
  /** `fetch` used for every request. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** A QueryClient to use instead of the surrounding provider's (or the isolated one). */
  queryClient?: QueryClient | undefined;
}

/** Query key of one connector (never the token). */
export const connectorQueryKey = (baseUrl: string | undefined, id: string) =>
  ["credential-form", "connector", baseUrl ?? null, id] as const;

/**
 * An Agent API client for the connector calls, over the latest token (`useEmbeddedClient`: inside the widget, the
 * widget's client).
 */
export function useConnectorsClient(options: UseConnectorsClientOptions): EmbeddedClient {
  return useEmbeddedClient({ ...options, flavour: "agent-api" }).client;
}

/** What {@link useConnector} returns. */
export interface UseConnectorResult {
  client: EmbeddedClient;
  /** The connector with its template and masked config, once loaded. */
  connector: Connector | null;
  error: Error | null;
  /** Loads it again. */
  retry: () => void;
}

/** Loads one of the end user's connectors (`GET /api/v1/integrations/connectors/{id}`). */
export function useConnector(
  options: UseConnectorsClientOptions & { connectorId: string },
): UseConnectorResult {
  const client = useConnectorsClient(options);
  const queryClient = useResolvedQueryClient(options.queryClient);
  const query = useQuery(
    {
      queryKey: connectorQueryKey(options.baseUrl, options.connectorId),
      queryFn: ({ signal }) => client.getConnector(options.connectorId, { signal }),
      retry: false,
      // A connector changes under the user's hands (another tab, the list): always read it afresh.
      staleTime: 0,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  return {
    client,
    connector: query.data ?? null,
    error: query.error,
    retry: () => void query.refetch(),
  };
}
