import type { JSONSchema } from "../schema/JSONSchema.js";

/** What a flavour's create endpoint returned, normalised. */
export interface CreatedSource {
  /** Id of the created source (or partial user config). */
  id: string;
  name: string | null;
  sourceDefinitionId: string | null;
  /** The response body as received. */
  raw: unknown;
}

/** One entry of `listSourceTemplates`. */
export interface SourceTemplateSummary {
  id: string;
  name: string;
  icon: string | null;
}

/** A source template: the connector and the config defaults the partner set for it. */
export interface SourceTemplate extends SourceTemplateSummary {
  sourceDefinitionId: string;
  /** Config values the template already sets; the end user is not asked for them. */
  partialDefaultConfig: Record<string, unknown>;
  /** A spec override the partner attached to the template, if any. */
  userConfigSpec: JSONSchema | null;
}

/** Input of `createSource`. */
export interface CreateSourceInput {
  /** Workspace (or, for the `integrations` flavour, workspace name / external user id). Defaults to the token's workspace. */
  workspaceId?: string;
  templateId: string;
  /** The end user's config (without the template defaults unless the flavour sends them). */
  config: Record<string, unknown>;
  name?: string;
  signal?: AbortSignal;
  /**
   * Values to keep out of errors (the config's `airbyte_secret` values, e.g. from `secretValues()`).
   * @default every string value of `config` that is at least 4 characters long
   */
  secrets?: readonly string[];
}

/** What a flavour's body builder receives. */
export interface FlavourBodyInput {
  workspaceId: string;
  templateId: string;
  config: Record<string, unknown>;
  name: string | null;
  /** Which body field carries the workspace for flavours that name it differently (`integrations`). */
  workspaceField: "workspace_name" | "external_user_id";
}
