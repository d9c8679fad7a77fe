import { QueryClient, QueryClientContext } from "@tanstack/react-query";
import { useContext, useEffect, useState } from "react";
import { retryOnce } from "./queries.js";

/**
 * The QueryClient a component should use: the one passed explicitly, else the host's (inside a
 * `QueryClientProvider`), else an isolated one owned by this component instance and cleared on unmount.
 */
export function useResolvedQueryClient(explicit: QueryClient | undefined): QueryClient {
  const contextClient = useContext(QueryClientContext);
  const [isolatedClient] = useState(() =>
    explicit || contextClient
      ? null
      : new QueryClient({
          defaultOptions: {
            queries: { refetchOnWindowFocus: false, retry: retryOnce },
            mutations: { retry: false },
          },
        }),
  );
  useEffect(() => () => isolatedClient?.clear(), [isolatedClient]);
  return (explicit ?? contextClient ?? isolatedClient) as QueryClient;
}
