import type { ConnectorSummary } from "@credential-form/core";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { type ConnectorMessages, defaultConnectorMessages } from "../edit/connectorMessages.js";
import { type UseConnectorsClientOptions, useConnectorsClient } from "../edit/useConnector.js";
import { refreshQuery } from "../refreshQuery.js";
import { useResolvedQueryClient } from "../useResolvedQueryClient.js";

/** Options of {@link useConnectorList}. */
export interface UseConnectorListOptions extends UseConnectorsClientOptions {
  /** UI strings, merged over the locale's `connectorMessages` (single keys win over the locale pack). */
  messages?: Partial<ConnectorMessages> | undefined;
  /**
   * A locale pack (`import { de } from "@credential-form/react/locales/de"`): the list's strings in its language.
   * @default English (`defaultConnectorMessages`)
   */
  locale?: CredentialFormLocale | undefined;
}

/** What {@link useConnectorList} returns: the list, and the delete flow (ask, confirm or cancel, error). */
export interface UseConnectorListResult {
  status: "loading" | "error" | "ready";
  connectors: ConnectorSummary[];
  /** Why the list could not load. */
  error: Error | null;
  retry: () => void;
  /** The connector the user asked to delete (the confirmation is open), else null. */
  pendingDelete: ConnectorSummary | null;
  deleting: boolean;
  /** What to tell the user when the last delete failed (cleared by the next attempt or a cancel). */
  deleteError: string | null;
  requestDelete: (connector: ConnectorSummary) => void;
  cancelDelete: () => void;
  confirmDelete: () => Promise<void>;
  messages: ConnectorMessages;
}

/** Query key of the end user's connectors list (never the token). */
export const connectorsQueryKey = (baseUrl: string | undefined) =>
  ["credential-form", "connectors", baseUrl ?? null] as const;

/**
 * Reads the end user's connectors list again: call it from `<CredentialForm onSuccess>` so that a
 * `<ConnectorList>` on the same page (same `QueryClient`) shows the new connection. Unlike a plain
 * `invalidateQueries({ queryKey: connectorsQueryKey(baseUrl) })`, it also works while the list's first load is
 * still in flight: that load may have been answered before the create, and is asked again.
 */
export function refreshConnectorList(queryClient: QueryClient, baseUrl: string | undefined): Promise<void> {
  return refreshQuery(queryClient, connectorsQueryKey(baseUrl));
}

/** The end user's connectors (`listConnectors`) and the delete flow, headless. */
export function useConnectorList(options: UseConnectorListOptions): UseConnectorListResult {
  const client = useConnectorsClient(options);
  const queryClient = useResolvedQueryClient(options.queryClient);
  const messages = { ...defaultConnectorMessages, ...options.locale?.connectorMessages, ...options.messages };
  const query = useQuery(
    {
      queryKey: connectorsQueryKey(options.baseUrl),
      queryFn: ({ signal }) => client.listConnectors({ signal }),
      // Once more after a failure: the first load may also be the first use of the lazily loaded connector calls.
      retry: 1,
      retryDelay: 300,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const [pendingDelete, setPending] = useState<ConnectorSummary | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { refetch } = query;
  const requestDelete = useCallback((connector: ConnectorSummary) => {
    setDeleteError(null);
    setPending(connector);
  }, []);
  const cancelDelete = useCallback(() => {
    setDeleteError(null);
    setPending(null);
  }, []);
  const confirmDelete = useCallback(async () => {
    if (!pendingDelete || deleting) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await client.deleteConnector(pendingDelete.id);
      setPending(null);
      await refetch();
    } catch {
      // The error's details may name the connector's config: the user gets a plain message.
      setDeleteError(messages.deleteError(pendingDelete.name));
    } finally {
      setDeleting(false);
    }
  }, [pendingDelete, deleting, client, refetch, messages.deleteError]);
  return {
    status: query.error ? "error" : query.data ? "ready" : "loading",
    connectors: query.data ?? [],
    error: query.error,
    retry: () => void refetch(),
    pendingDelete,
    deleting,
    deleteError,
    requestDelete,
    cancelDelete,
    confirmDelete,
    messages,
  };
}
