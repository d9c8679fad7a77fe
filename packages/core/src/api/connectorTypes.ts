import type { CheckResult, SourceTemplate, TemplateMode } from "./types.js";

/** One of the end user's connectors as `listConnectors` returns it (`GET /api/v1/integrations/connectors`). */
export interface ConnectorSummary {
  id: string;
  name: string;
  /** The template the connector was created from (`summarized_source_template`). */
  template: {
    id: string;
    name: string;
    icon: string | null;
    connectorName: string | null;
    mode: TemplateMode | null;
  };
  /** ISO 8601, or `null` when the server gave none. */
  createdAt: string | null;
  /** ISO 8601, or `null` when the server gave none. */
  updatedAt: string | null;
}

/** One connector with its configuration (`GET /api/v1/integrations/connectors/{id}`). */
export interface Connector {
  id: string;
  name: string;
  /** The connector's template, parsed as `getSourceTemplate` parses one. */
  template: SourceTemplate;
  /**
   * The stored configuration (`replication_config`) as the server shows it: every `airbyte_secret` value is
   * masked (`MASKED_SECRET`), so it is never a value to send back.
   */
  config: Record<string, unknown>;
  createdAt: string | null;
  updatedAt: string | null;
}

/** The body of `PUT` and `POST …/{id}/check` (the contract's update request: only these two keys are used). */
export interface ConnectorUpdateBody {
  name?: string;
  /**
   * A JSON merge patch (RFC 7396) of the stored configuration: objects merge, `null` removes a key, anything
   * else replaces. Holds only the paths the user changed; never a masked secret.
   */
  replication_config?: Record<string, unknown>;
}

/** Input of `updateConnector` and `checkConnectorUpdate`. */
export interface UpdateConnectorInput {
  id: string;
  /** What to send, usually from `buildConnectorUpdate`. */
  body: ConnectorUpdateBody;
  signal?: AbortSignal;
  /**
   * Values to keep out of errors.
   * @default every string of `body.replication_config` at least 4 characters long
   */
  secrets?: readonly string[];
  /**
   * Check the new config first (`POST …/connectors/{id}/check`): a `failed` check throws `check_failed` and
   * nothing is updated. Only for `updateConnector`.
   * @default "before-update", or "off" when the client's `check` option is "off"
   */
  check?: "before-update" | "off";
}

/** What `updateConnector` returns: the updated connector, and the check run before it when one ran. */
export interface UpdatedConnector extends Connector {
  check?: CheckResult;
}

/** The connector calls of the client (current API only). */
export interface ConnectorApi {
  /** Lists the end user's connectors (`GET /api/v1/integrations/connectors?workspace_name=`). */
  listConnectors(input?: { workspaceName?: string; signal?: AbortSignal }): Promise<ConnectorSummary[]>;
  /** Loads one connector with its template and its (masked) configuration. */
  getConnector(id: string, input?: { signal?: AbortSignal }): Promise<Connector>;
  /** Updates a connector with a merge patch, after a check unless `check` is "off". */
  updateConnector(input: UpdateConnectorInput): Promise<UpdatedConnector>;
  /** Deletes a connector; resolves with the server's job id. */
  deleteConnector(id: string, input?: { signal?: AbortSignal }): Promise<{ jobId: string | null }>;
  /** Checks an update without applying it (`POST /api/v1/integrations/connectors/{id}/check`). */
  checkConnectorUpdate(input: UpdateConnectorInput): Promise<CheckResult>;
}
