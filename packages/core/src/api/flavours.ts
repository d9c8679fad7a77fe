import { isPlainObject } from "../shared/isPlainObject.js";
import { CredentialApiError } from "./CredentialApiError.js";
import type { CreatedSource, FlavourBodyInput } from "./types.js";

/** Names of the built-in API flavours. */
export type FlavourName = "partial-user-configs" | "embedded-sources" | "integrations";

/** How one Airbyte API generation creates a source: endpoint, body and response shape. */
export interface ApiFlavour {
  name: string;
  method: "POST";
  /** Path below the base URL. */
  path: string;
  /** Body key that holds the config (stripped from server field-error paths). */
  configKey: string;
  buildBody(input: FlavourBodyInput): unknown;
  parseResponse(body: unknown): CreatedSource;
  /** Whether the body must include the template's default values (all current APIs merge them server-side). */
  sendsTemplateDefaults: boolean;
}

function firstString(record: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

/** Reads `{id | source_id | …, name, source_definition_id}` leniently, throwing `bad_response` when there is no id. */
function parseCreated(body: unknown, idKeys: readonly string[]): CreatedSource {
  const record = isPlainObject(body) && isPlainObject(body.data) ? body.data : body;
  const id = isPlainObject(record) ? firstString(record, idKeys) : null;
  if (!isPlainObject(record) || id === null) {
    throw new CredentialApiError({
      code: "bad_response",
      message: "Airbyte answered without the id of the created source.",
      status: 200,
    });
  }
  return {
    id,
    name: firstString(record, ["name", "source_name"]),
    sourceDefinitionId: firstString(record, ["source_definition_id", "sourceDefinitionId", "definition_id"]),
    raw: body,
  };
}

/** The built-in flavours; pass one (or your own {@link ApiFlavour}) as `flavour` to `createEmbeddedClient`. */
export const flavours: Record<FlavourName, ApiFlavour> = {
  "partial-user-configs": {
    name: "partial-user-configs",
    method: "POST",
    path: "/api/v1/embedded/partial_user_configs/",
    configKey: "connection_configuration",
    buildBody: (input) => ({
      workspace_id: input.workspaceId,
      source_config_template_id: input.templateId,
      connection_configuration: input.config,
    }),
    parseResponse: (body) => parseCreated(body, ["id", "partial_user_config_id", "source_id", "actor_id"]),
    sendsTemplateDefaults: false,
  },
  "embedded-sources": {
    name: "embedded-sources",
    method: "POST",
    path: "/api/v1/embedded/sources",
    configKey: "source_config",
    buildBody: (input) => ({
      workspace_id: input.workspaceId,
      source_template_id: input.templateId,
      source_config: input.config,
      ...(input.name === null ? {} : { name: input.name }),
    }),
    parseResponse: (body) => parseCreated(body, ["id", "source_id", "sourceId"]),
    sendsTemplateDefaults: false,
  },
  integrations: {
    name: "integrations",
    method: "POST",
    path: "/api/v1/integrations/connectors",
    configKey: "credentials",
    buildBody: (input) => ({
      source_template_id: input.templateId,
      credentials: input.config,
      ...(input.name === null ? {} : { name: input.name }),
      [input.workspaceField]: input.workspaceId,
    }),
    parseResponse: (body) => parseCreated(body, ["id", "connector_id", "source_id"]),
    sendsTemplateDefaults: false,
  },
};
