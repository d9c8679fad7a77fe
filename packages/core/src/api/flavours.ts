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

/** The first of `keys` holding a non-empty string, else `null`. */
function firstString(record: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

/**
 * Reads the created source `{id | …, name, source_definition_id}` leniently (possibly wrapped in `data`), its id
 * from the first of `idKeys` present; throws `bad_response` when there is none.
 */
function parseCreated(body: unknown, idKeys: readonly string[]): CreatedSource {
  const record = isPlainObject(body) && isPlainObject(body.data) ? body.data : body;
  const id = isPlainObject(record) && firstString(record, idKeys);
  if (!id) {
    throw new CredentialApiError({
      code: "bad_response",
      message: "Airbyte answered without the id of the created source.",
      status: 200,
    });
  }
  const found = record as Record<string, unknown>;
  return {
    id,
    name: firstString(found, ["name", "source_name"]),
    sourceDefinitionId: firstString(found, ["source_definition_id", "sourceDefinitionId", "definition_id"]),
    raw: body,
  };
}

/** A built-in flavour: what differs between them, spelled out per flavour below. */
function flavour(options: {
  name: FlavourName;
  path: string;
  configKey: string;
  buildBody: (input: FlavourBodyInput) => Record<string, unknown>;
  /** Where the created source's id may be, in order of preference. */
  idKeys: readonly string[];
}): ApiFlavour {
  const { idKeys, ...rest } = options;
  return {
    ...rest,
    method: "POST",
    parseResponse: (body) => parseCreated(body, idKeys),
    sendsTemplateDefaults: false,
  };
}

/** The built-in flavours; pass one (or your own {@link ApiFlavour}) as `flavour` to `createEmbeddedClient`. */
export const flavours: Record<FlavourName, ApiFlavour> = {
  "partial-user-configs": flavour({
    name: "partial-user-configs",
    path: "/api/v1/embedded/partial_user_configs/",
    configKey: "connection_configuration",
    buildBody: (input) => ({
      workspace_id: input.workspaceId,
      source_config_template_id: input.templateId,
      connection_configuration: input.config,
    }),
    idKeys: ["id", "partial_user_config_id", "source_id", "actor_id"],
  }),
  "embedded-sources": flavour({
    name: "embedded-sources",
    path: "/api/v1/embedded/sources",
    configKey: "source_config",
    buildBody: (input) => ({
      workspace_id: input.workspaceId,
      source_template_id: input.templateId,
      source_config: input.config,
      ...(input.name === null ? {} : { name: input.name }),
    }),
    idKeys: ["id", "source_id", "sourceId"],
  }),
  integrations: flavour({
    name: "integrations",
    path: "/api/v1/integrations/connectors",
    configKey: "credentials",
    buildBody: (input) => ({
      source_template_id: input.templateId,
      credentials: input.config,
      ...(input.name === null ? {} : { name: input.name }),
      // `workspace_name` or `external_user_id`, as the client's `workspaceField` option says.
      [input.workspaceField]: input.workspaceId,
    }),
    idKeys: ["id", "connector_id", "source_id"],
  }),
};
