import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Reads the queries under `queryKey` again, even while their first load is still in flight. A plain
 * `invalidateQueries` joins a load that has no data yet, so a list asked for before a create would keep the answer
 * it got then; cancelling that load first makes the refetch a new request.
 */
export async function refreshQuery(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  await queryClient.cancelQueries({ queryKey });
  await queryClient.invalidateQueries({ queryKey });
}
