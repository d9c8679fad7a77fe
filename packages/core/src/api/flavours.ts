import { isPlainObject } from "../shared/isPlainObject.js";
import { buildAgentApiBody } from "./buildAgentApiBody.js";
import { CredentialApiError } from "./CredentialApiError.js";
import type { CreatedSource, FlavourBodyInput } from "./types.js";

/**
 * Names of the built-in API flavours, one per generation of Airbyte's API: `agent-api` (current, Agent API 0.9.0),
 * `embedded-sources` (second), `partial-user-configs` (first). `integrations` is an alias of `agent-api`.
 */
export type FlavourName = "agent-api" | "integrations" | "embedded-sources" | "partial-user-configs";

/** How one Airbyte API generation creates a source: endpoint, body and response shape. */
export interface ApiFlavour {
  name: string;
  method: "POST";
  /** Path below the base URL. */
  path: string;
  /** Body key that holds the config (stripped from server field-error paths). */
  configKey: string;
  /** Body keys that hold top-level parts of the config as they are (kept in field-error paths); others are not config. */
  configParts?: readonly string[];
  buildBody(input: FlavourBodyInput): unknown;
  parseResponse(body: unknown): CreatedSource;
  /** Whether the body must include the template's default values (all current APIs merge them server-side). */
  sendsTemplateDefaults: boolean;
  /** What identifies the workspace in bodies: its id (token claim) or its name (`scoped-token/info`). @default "id" */
  workspace?: "id" | "name";
  /** Source templates (list, and `/{id}` for one). @default "/api/v1/embedded/source-templates" */
  templatesPath?: string;
  /** The check-before-create endpoint (same body as the create), if the generation has one. */
  checkPath?: string;
  /** Whether `buildBody` needs the template (its mode and user spec). */
  needsTemplate?: boolean;
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
    sourceDefinitionId:
      firstString(found, ["source_definition_id", "sourceDefinitionId", "definition_id"]) ??
      // The current API nests the template: `source_template.source_definition_id`.
      (isPlainObject(found.source_template)
        ? firstString(found.source_template, ["source_definition_id"])
        : null),
    raw: body,
  };
}

/** A built-in flavour: what differs between them, spelled out per flavour below. */
function flavour(
  options: Omit<ApiFlavour, "method" | "parseResponse" | "sendsTemplateDefaults"> & {
    /** Where the created source's id may be, in order of preference. */
    idKeys: readonly string[];
  },
): ApiFlavour {
  const { idKeys, ...rest } = options;
  return {
    ...rest,
    method: "POST",
    parseResponse: (body) => parseCreated(body, idKeys),
    sendsTemplateDefaults: false,
  };
}

const agentApi = flavour({
  name: "agent-api",
  path: "/api/v1/integrations/connectors",
  configKey: "replication_config",
  configParts: ["credentials", "environment"],
  buildBody: buildAgentApiBody,
  idKeys: ["id"],
  workspace: "name",
  templatesPath: "/api/v1/integrations/templates/sources",
  checkPath: "/api/v1/integrations/connectors/check",
  needsTemplate: true,
});

/**
 * The built-in flavours; pass one (or your own {@link ApiFlavour}) as `flavour` to `createEmbeddedClient`.
 * - `agent-api` (default; alias `integrations`): the current Airbyte Agent API 0.9.0, `POST
 *   /api/v1/integrations/connectors` with `workspace_name`, and `credentials` / `environment` /
 *   `replication_config` split by template mode (see {@link buildAgentApiBody}); checks before creating.
 * - `embedded-sources`: the second generation, `POST /api/v1/embedded/sources` `{workspace_id, source_template_id, source_config}`.
 * - `partial-user-configs`: the first generation, `POST /api/v1/embedded/partial_user_configs/`
 *   `{workspace_id, source_config_template_id, connection_configuration}`.
 */
export const flavours: Record<FlavourName, ApiFlavour> = {
  "agent-api": agentApi,
  integrations: agentApi,
  "partial-user-configs": flavour({
    name: "partial-user-configs",
    path: "/api/v1/embedded/partial_user_configs/",
    configKey: "connection_configuration",
    buildBody: (input) => ({
      workspace_id: input.workspace,
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
      workspace_id: input.workspace,
      source_template_id: input.templateId,
      source_config: input.config,
      ...(input.name === null ? {} : { name: input.name }),
    }),
    idKeys: ["id", "source_id", "sourceId"],
  }),
};
