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

/** The first of `keys` (space-separated) holding a non-empty string, else `null`. */
function firstString(record: Record<string, unknown>, keys: string): string | null {
  for (const key of keys.split(" ")) {
    const value = record[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

/**
 * A built-in flavour. Its body holds the workspace under `workspaceKey` (`null`: the field the client's
 * `workspaceField` option names), the template id under `templateKey`, the config under `configKey`, and the
 * source name when `sendsName`; the created source's id is read from the first of `idKeys` present.
 */
function flavour(
  name: FlavourName,
  path: string,
  workspaceKey: string | null,
  templateKey: string,
  configKey: string,
  idKeys: string,
  sendsName: boolean,
): ApiFlavour {
  return {
    name,
    method: "POST",
    path: `/api/v1/${path}`,
    configKey,
    buildBody: (input) => ({
      [workspaceKey ?? input.workspaceField]: input.workspaceId,
      [templateKey]: input.templateId,
      [configKey]: input.config,
      ...(sendsName && input.name !== null && { name: input.name }),
    }),
    // Reads `{id | source_id | …, name, source_definition_id}` leniently, possibly wrapped in `data`.
    parseResponse(body) {
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
        name: firstString(found, "name source_name"),
        sourceDefinitionId: firstString(found, "source_definition_id sourceDefinitionId definition_id"),
        raw: body,
      };
    },
    sendsTemplateDefaults: false,
  };
}

/** The built-in flavours; pass one (or your own {@link ApiFlavour}) as `flavour` to `createEmbeddedClient`. */
export const flavours: Record<FlavourName, ApiFlavour> = {
  "partial-user-configs": flavour(
    "partial-user-configs",
    "embedded/partial_user_configs/",
    "workspace_id",
    "source_config_template_id",
    "connection_configuration",
    "id partial_user_config_id source_id actor_id",
    false,
  ),
  "embedded-sources": flavour(
    "embedded-sources",
    "embedded/sources",
    "workspace_id",
    "source_template_id",
    "source_config",
    "id source_id sourceId",
    true,
  ),
  integrations: flavour(
    "integrations",
    "integrations/connectors",
    null,
    "source_template_id",
    "credentials",
    "id connector_id source_id",
    true,
  ),
};
