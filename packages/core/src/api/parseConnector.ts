import type { JSONSchema } from "../schema/JSONSchema.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import type { CredentialApiError } from "./CredentialApiError.js";
import type { Connector, ConnectorSummary } from "./connectorTypes.js";
import type { SourceTemplate, TemplateMode } from "./types.js";

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

function bad(ApiError: typeof CredentialApiError, what: string): CredentialApiError {
  return new ApiError({
    code: "bad_response",
    status: 200,
    message: `Airbyte returned a connector ${what}.`,
  });
}

/** The connector's template (`source_template` of a get/update answer), as `getSourceTemplate` reads one. */
function parseTemplate(raw: unknown, ApiError: typeof CredentialApiError): SourceTemplate {
  const found = isPlainObject(raw) ? raw : {};
  const id = text(found.id);
  const sourceDefinitionId = text(found.source_definition_id) ?? text(found.actor_definition_id);
  if (!id || !sourceDefinitionId) throw bad(ApiError, "without its template");
  const spec = found.user_config_spec;
  const connector = isPlainObject(spec) && isPlainObject(spec.connectionSpecification);
  const template: SourceTemplate = {
    id,
    name: text(found.name) ?? id,
    icon: text(found.icon),
    connectorName: text(found.connector_name),
    tags: Array.isArray(found.tags) ? found.tags.filter((t): t is string => typeof t === "string") : [],
    mode: text(found.mode) as TemplateMode | null,
    sourceDefinitionId,
    partialDefaultConfig: isPlainObject(found.partial_default_config) ? found.partial_default_config : {},
    userConfigSpec: (connector
      ? spec.connectionSpecification
      : isPlainObject(spec)
        ? spec
        : null) as JSONSchema | null,
  };
  if (connector) template.advancedAuth = isPlainObject(spec.advanced_auth) ? spec.advanced_auth : null;
  return template;
}

/** Reads one entry of the connectors list (`GET /api/v1/integrations/connectors`); throws `ApiError` (see `ApiKit`). */
export function parseConnectorSummary(raw: unknown, ApiError: typeof CredentialApiError): ConnectorSummary {
  const found = isPlainObject(raw) ? raw : {};
  const id = text(found.id);
  if (!id) throw bad(ApiError, "without an id");
  const template = isPlainObject(found.summarized_source_template) ? found.summarized_source_template : {};
  const templateId = text(template.id);
  if (!templateId) throw bad(ApiError, "without its template");
  return {
    id,
    name: text(found.name) ?? id,
    template: {
      id: templateId,
      name: text(template.name) ?? templateId,
      icon: text(template.icon),
      connectorName: text(template.connector_name),
      mode: text(template.mode) as TemplateMode | null,
    },
    createdAt: text(found.created_at),
    updatedAt: text(found.updated_at),
  };
}

/** Reads a connector (`GET|PUT /api/v1/integrations/connectors/{id}`); its config keeps the server's masks. */
export function parseConnector(raw: unknown, ApiError: typeof CredentialApiError): Connector {
  const found = isPlainObject(raw) ? raw : {};
  const id = text(found.id);
  if (!id) throw bad(ApiError, "without an id");
  return {
    id,
    name: text(found.name) ?? id,
    template: parseTemplate(found.source_template, ApiError),
    config: isPlainObject(found.replication_config) ? found.replication_config : {},
    createdAt: text(found.created_at),
    updatedAt: text(found.updated_at),
  };
}
