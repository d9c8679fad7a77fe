import type { TokenProvider } from "@credential-form/core";

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
  const configuration = item.configuration ?? item.source_config ?? item.connection_configuration;
  return {
    id,
    name: stringOrNull(item.name),
    sourceTemplateId: stringOrNull(item.source_template_id),
    sourceDefinitionId: stringOrNull(item.source_definition_id) ?? stringOrNull(item.sourceDefinitionId),
    createdAt: stringOrNull(item.created_at) ?? stringOrNull(item.createdAt),
    configFields: isRecord(configuration) ? Object.keys(configuration) : [],
  };
}

/** Lists the end user's sources (`GET /api/v1/embedded/sources?workspace_id=`) with the widget token; refreshes it once on a 401. */
export async function listSources(input: {
  embeddedApiUrl: string;
  tokenProvider: TokenProvider;
  signal?: AbortSignal;
}): Promise<ListedSource[]> {
  const call = async () => {
    const token = await input.tokenProvider.get();
    const url = `${input.embeddedApiUrl}/api/v1/embedded/sources?workspace_id=${encodeURIComponent(token.workspaceId)}`;
    return fetch(url, {
      headers: { authorization: `Bearer ${token.jwt}`, accept: "application/json" },
      ...(input.signal ? { signal: input.signal } : {}),
    });
  };
  let response = await call();
  if (response.status === 401) {
    input.tokenProvider.invalidate();
    response = await call();
  }
  if (!response.ok) throw new Error(`Listing the sources failed (HTTP ${response.status}).`);
  const body = (await response.json()) as unknown;
  const items = isRecord(body) && Array.isArray(body.data) ? body.data : Array.isArray(body) ? body : [];
  return items.map(toListedSource).filter((s): s is ListedSource => s !== null);
}
