import type { ApiFlavour, FlavourName, SourceTemplateSummary, TokenSource } from "@credential-form/core";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { credentialFormQueryKey, retryOnce } from "../queries.js";
import { useEmbeddedClient } from "../useEmbeddedClient.js";
import { useResolvedQueryClient } from "../useResolvedQueryClient.js";

/** Options of {@link useSourceTemplates}. */
export interface UseSourceTemplatesOptions {
  /** Scoped token (or widget token), or a callback resolving to a fresh one. */
  token: TokenSource;
  /** API generation the templates are listed from (the form's `flavour`). @default "agent-api" */
  flavour?: FlavourName | ApiFlavour;
  /** Embedded API base URL. @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** `fetch` used for the request. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** A QueryClient to use instead of the surrounding provider's (or an isolated one). */
  queryClient?: QueryClient;
}

/** What {@link useSourceTemplates} returns. */
export interface UseSourceTemplatesResult {
  status: "loading" | "error" | "success";
  templates: SourceTemplateSummary[];
  error: Error | null;
  /** Loads the list again. */
  retry: () => void;
}

/**
 * Loads the source templates of the token's workspace with TanStack Query. The key holds the base URL and the
 * workspace id (never the token); a token swap refreshes the credentials without refetching.
 */
export function useSourceTemplates(options: UseSourceTemplatesOptions): UseSourceTemplatesResult {
  const instanceId = useId();

  const queryClient = useResolvedQueryClient(options.queryClient);

  // Inside the widget, its one client (one token provider) for the picker and the form.
  const { client, known } = useEmbeddedClient(options);
  const { baseUrl } = options;
  // A callback token cannot be decoded up front: the instance id keeps two end users' lists apart.
  const workspace = known?.workspaceId ?? `instance:${instanceId}`;

  const query = useQuery(
    {
      queryKey: [
        ...credentialFormQueryKey,
        "source-templates",
        baseUrl ?? "default",
        client.flavour.name,
        workspace,
      ],
      queryFn: ({ signal }) => client.listSourceTemplates({ signal }),
      staleTime: 60 * 1000,
      retry: retryOnce,
      retryDelay: 300,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const { refetch } = query;
  const retry = useMemo(() => () => void refetch(), [refetch]);
  return {
    status: query.data ? "success" : query.isError && !query.isFetching ? "error" : "loading",
    templates: query.data ?? [],
    error: query.error instanceof Error ? query.error : null,
    retry,
  };
}
