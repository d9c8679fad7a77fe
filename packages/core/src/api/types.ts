import type { JSONSchema } from "../schema/JSONSchema.js";

/** How a template of the current API splits the config: see `flavours["agent-api"]`. */
export type TemplateMode = "DIRECT" | "MULTI" | "REPLICATION";

/** Outcome of a connection check (`POST …/connectors/check`), as the Agent API reports it. */
export type CheckStatus =
  | "pending"
  | "running"
  | "cancelled"
  | "failed"
  | "succeeded"
  | "inconclusive"
  | "skipped";

/** What `checkSource` returned, normalised. */
export interface CheckResult {
  /** The check's status, or `null` when the server gave none. */
  status: CheckStatus | null;
  /** The message meant for end users (`failure_reason.external_message`, else `error_message`), secrets removed. */
  message: string | null;
  /** The response body as received. */
  raw: unknown;
}

/** What a flavour's create endpoint returned, normalised. */
export interface CreatedSource {
  /** Id of the created source (or partial user config). */
  id: string;
  name: string | null;
  sourceDefinitionId: string | null;
  /** The response body as received. */
  raw: unknown;
  /** The check run before the create (`check: "before-create"`), when one ran: `succeeded`, `inconclusive`, `skipped`… */
  check?: CheckResult;
}

/** One of the end user's configured sources, as `listConnectors` returns it (no config). */
export interface ConnectorSummary {
  id: string;
  name: string | null;
  /** The template it was created from, when the server says. */
  sourceTemplateId: string | null;
  sourceDefinitionId: string | null;
  /** ISO 8601 creation time, when the server says. */
  createdAt: string | null;
  updatedAt: string | null;
}

/** One entry of `listSourceTemplates`. */
export interface SourceTemplateSummary {
  id: string;
  name: string;
  icon: string | null;
  /** The connector's name, e.g. `source-github` (current API). */
  connectorName?: string | null;
  /** The template's tags (current API). */
  tags?: string[];
  /** How a create splits the config (current API); `null` when the server does not say. */
  mode?: TemplateMode | null;
}

/** A source template: the connector and the config defaults the partner set for it. */
export interface SourceTemplate extends SourceTemplateSummary {
  sourceDefinitionId: string;
  /** Config values the template already sets; the end user is not asked for them. */
  partialDefaultConfig: Record<string, unknown>;
  /**
   * The server's view of what the end user fills in: the `connectionSpecification` of the current API's
   * `user_config_spec` (a ConnectorSpecification), or an older generation's bare JSON Schema.
   */
  userConfigSpec: JSONSchema | null;
  /** The `advanced_auth` (OAuth) part of the current API's `user_config_spec`, if any. */
  advancedAuth?: Record<string, unknown> | null;
  /** Short guidance on how to authenticate: a string, or an object of strings (e.g. per language). */
  authTooltip?: string | Record<string, string> | null;
}

/** Input of `createSource` and `checkSource`. */
export interface CreateSourceInput {
  /** Workspace id for the older flavours. @default the token's workspace */
  workspaceId?: string;
  /** Workspace name for the current flavour. @default the client's `workspaceName`, else `scoped-token/info` */
  workspaceName?: string;
  templateId: string;
  /**
   * The template, when the caller has it already (its `mode` and `userConfigSpec` shape the current API's body).
   * @default fetched with `getSourceTemplate` when the flavour needs it
   */
  template?: SourceTemplate;
  /** The end user's config (without the template defaults unless the flavour sends them). */
  config: Record<string, unknown>;
  name?: string;
  signal?: AbortSignal;
  /**
   * Values to keep out of errors (the config's `airbyte_secret` values, e.g. from `secretValues()`).
   * @default every string value of `config` that is at least 4 characters long
   */
  secrets?: readonly string[];
  /**
   * Check the config before creating (flavours with a check endpoint): a `failed` check throws a
   * `CredentialApiError` with code `check_failed` and nothing is created.
   * @default the client's `check` option
   */
  check?: "before-create" | "off";
}

/** What a flavour's body builder receives. */
export interface FlavourBodyInput {
  /** The workspace id, or for flavours whose `workspace` is `"name"`, the workspace name. */
  workspace: string;
  templateId: string;
  config: Record<string, unknown>;
  name: string | null;
  /** The template, for flavours that set `needsTemplate` (else `null`). */
  template: SourceTemplate | null;
}
