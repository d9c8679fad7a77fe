import type { EmbeddedClient } from "@credential-form/core";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { connectorsQueryKey, refreshConnectorList } from "../connectors/useConnectorList.js";

/** Options of {@link useWidgetConnections}. */
export interface UseWidgetConnectionsOptions {
  client: EmbeddedClient;
  queryClient: QueryClient;
  baseUrl: string | undefined;
  /** Whether to ask (the widget is open, and the API generation has connectors). */
  enabled: boolean;
}

/**
 * Whether the end user has connections, for the widget to open on their list: the same query (key and data) as
 * `ConnectorList`'s, so the list shows without a second request.
 */
export function useWidgetConnections(options: UseWidgetConnectionsOptions) {
  const { client, queryClient, baseUrl, enabled } = options;
  const query = useQuery(
    {
      queryKey: connectorsQueryKey(baseUrl),
      queryFn: ({ signal }) => client.listConnectors({ signal }),
      enabled,
      retry: 1,
      retryDelay: 300,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  return {
    /** Still finding out (the first load). */
    loading: query.isFetching && !query.data,
    hasConnections: (query.data?.length ?? 0) > 0,
    /** Reads the list again (after a create or an update), even if its first load is still in flight. */
    refresh: () => void refreshConnectorList(queryClient, baseUrl),
  };
}
