import { isPlainObject } from "../shared/isPlainObject.js";
import type { ConnectorSummary } from "./types.js";

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/**
 * Reads one entry of `GET /api/v1/integrations/connectors` (`{id, name, summarized_source_template, created_at,
 * updated_at}`); null for an entry without an id. Never reads a config: the list carries none.
 */
export function toConnectorSummary(item: unknown): ConnectorSummary | null {
  if (!isPlainObject(item) || typeof item.id !== "string" || !item.id) return null;
  const template = isPlainObject(item.summarized_source_template) ? item.summarized_source_template : {};
  return {
    id: item.id,
    name: text(item.name),
    sourceTemplateId: text(template.id),
    sourceDefinitionId: text(template.source_definition_id),
    createdAt: text(item.created_at),
    updatedAt: text(item.updated_at),
  };
}
