import type { EmbeddedClient } from "@credential-form/core";

/** One created source as the Embedded API lists it (secrets already masked by the server). */
export interface ListedSource {
  id: string;
  name: string | null;
  sourceTemplateId: string | null;
  sourceDefinitionId: string | null;
  createdAt: string | null;
  /** Names of the top-level configuration fields (values are not shown). */
  configFields: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function toListedSource(item: unknown): ListedSource | null {
  if (!isRecord(item)) return null;
  const id = stringOrNull(item.id) ?? stringOrNull(item.sourceId) ?? stringOrNull(item.source_id);
  if (id === null) return null;
  const configuration =
    item.configuration ?? item.source_config ?? item.connection_configuration ?? item.replication_config;
  // The current API nests the template.
  const template = isRecord(item.source_template) ? item.source_template : {};
  return {
    id,
    name: stringOrNull(item.name),
    sourceTemplateId: stringOrNull(item.source_template_id) ?? stringOrNull(template.id),
    sourceDefinitionId:
      stringOrNull(item.source_definition_id) ??
      stringOrNull(item.sourceDefinitionId) ??
      stringOrNull(template.source_definition_id),
    createdAt: stringOrNull(item.created_at) ?? stringOrNull(item.createdAt),
    configFields: isRecord(configuration) ? Object.keys(configuration) : [],
  };
}

/**
 * Lists the end user's sources with their token (refreshed once on a 401): with the current API
 * `GET /api/v1/integrations/connectors?workspace_name=` then each connector (for its configured field names); with
 * the older ones `GET /api/v1/embedded/sources?workspace_id=`.
 */
export async function listSources(input: {
  embeddedApiUrl: string;
  client: EmbeddedClient;
  signal?: AbortSignal;
}): Promise<ListedSource[]> {
  const { client, embeddedApiUrl, signal } = input;
  const get = async (path: string): Promise<unknown> => {
    const call = async () =>
      fetch(embeddedApiUrl + path, {
        headers: {
          authorization: `Bearer ${(await client.tokenProvider.get()).jwt}`,
          accept: "application/json",
        },
        ...(signal ? { signal } : {}),
      });
    let response = await call();
    if (response.status === 401) {
      client.tokenProvider.invalidate();
      response = await call();
    }
    if (!response.ok) throw new Error(`Listing the sources failed (HTTP ${response.status}).`);
    return response.json();
  };
  const itemsOf = (body: unknown) =>
    isRecord(body) && Array.isArray(body.data) ? body.data : Array.isArray(body) ? body : [];
  const workspace = await client.getWorkspace(signal ? { signal } : {});
  if (client.flavour.workspace === "name") {
    const listed = itemsOf(
      await get(
        `/api/v1/integrations/connectors?workspace_name=${encodeURIComponent(workspace.workspaceName)}`,
      ),
    );
    const details = await Promise.all(
      listed
        .filter(isRecord)
        .map((item) => get(`/api/v1/integrations/connectors/${encodeURIComponent(String(item.id))}`)),
    );
    return details.map(toListedSource).filter((s): s is ListedSource => s !== null);
  }
  const items = itemsOf(
    await get(`/api/v1/embedded/sources?workspace_id=${encodeURIComponent(workspace.workspaceId ?? "")}`),
  );
  return items.map(toListedSource).filter((s): s is ListedSource => s !== null);
}
