import { isPlainObject } from "../shared/isPlainObject.js";
import { longStrings } from "../shared/longStrings.js";
import type { ApiKit } from "./ApiKit.js";
import type { ConnectorApi, UpdateConnectorInput } from "./connectorTypes.js";
import type { ApiFlavour } from "./flavours.js";
import { parseConnector, parseConnectorSummary } from "./parseConnector.js";
import type { CheckResult } from "./types.js";

/** What the client hands {@link createConnectorApi}: its request, its check and its workspace. */
export interface ConnectorApiDeps {
  flavour: ApiFlavour;
  /** The first load's error class and messages (see `ApiKit`). */
  kit: ApiKit;
  /** The client's `check` option. */
  check: "before-create" | "off" | undefined;
  /** The client's request (token, retry after a 401, timeout, typed errors). */
  request(
    path: string,
    signal: AbortSignal | undefined,
    body: unknown,
    secrets: readonly string[],
    method: "GET" | "PUT" | "POST" | "DELETE",
  ): Promise<unknown>;
  /** The client's check: posts `body` to `path` and reads the result (secrets scrubbed). */
  runCheck(
    path: string,
    body: unknown,
    secrets: readonly string[],
    signal?: AbortSignal,
  ): Promise<CheckResult>;
  /** The token's workspace name. */
  workspaceName(signal?: AbortSignal): Promise<string>;
}

/** The connector calls (list, get, update, delete, check before update) of the current API. */
export function createConnectorApi(deps: ConnectorApiDeps): ConnectorApi {
  const { flavour, kit } = deps;
  /** `/api/v1/integrations/connectors[/{id}]`; the older flavours have no connectors. */
  const path = (id?: string) => {
    if (flavour.workspace !== "name")
      throw new TypeError(`The ${flavour.name} flavour has no connectors endpoints.`);
    return id === undefined ? flavour.path : `${flavour.path}/${encodeURIComponent(id)}`;
  };
  const secretsOf = (input: UpdateConnectorInput) =>
    input.secrets ?? [...longStrings(input.body.replication_config ?? {})];
  /** Only the contract's update keys, whatever the caller's object holds. */
  const bodyOf = ({ body }: UpdateConnectorInput) => ({
    ...(body.name !== undefined && { name: body.name }),
    ...(body.replication_config !== undefined && { replication_config: body.replication_config }),
  });
  const checkUpdate = (input: UpdateConnectorInput) =>
    deps.runCheck(`${path(input.id)}/check`, bodyOf(input), secretsOf(input), input.signal);

  return {
    async listConnectors({ workspaceName, signal } = {}) {
      const name = workspaceName ?? (await deps.workspaceName(signal));
      const query = new URLSearchParams({ workspace_name: name });
      const json = await deps.request(`${path()}?${query}`, signal, undefined, [], "GET");
      const data = isPlainObject(json) ? json.data : undefined;
      if (!Array.isArray(data)) {
        throw new kit.ApiError({
          code: "bad_response",
          status: 200,
          message: "Airbyte returned a connectors list without `data`.",
        });
      }
      return data.map((item) => parseConnectorSummary(item, kit.ApiError));
    },

    async getConnector(id, { signal } = {}) {
      return parseConnector(await deps.request(path(id), signal, undefined, [], "GET"), kit.ApiError);
    },

    checkConnectorUpdate: checkUpdate,

    async updateConnector(input) {
      const secrets = secretsOf(input);
      const mode = input.check ?? (deps.check === "off" ? "off" : "before-update");
      let checked: CheckResult | undefined;
      if (mode !== "off") {
        checked = await checkUpdate(input);
        if (checked.status === "failed") {
          throw new kit.ApiError({
            code: "check_failed",
            status: 200,
            message: checked.message ?? kit.messages.check_failed,
          });
        }
      }
      const json = await deps.request(path(input.id), input.signal, bodyOf(input), secrets, "PUT");
      const updated = parseConnector(json, kit.ApiError);
      return checked ? { ...updated, check: checked } : updated;
    },

    async deleteConnector(id, { signal } = {}) {
      const json = await deps.request(path(id), signal, undefined, [], "DELETE");
      const jobId = isPlainObject(json) && typeof json.job_id === "string" ? json.job_id : null;
      return { jobId };
    },
  };
}
