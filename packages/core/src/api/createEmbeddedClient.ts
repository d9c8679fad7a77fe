import type { JSONSchema } from "../schema/JSONSchema.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { longStrings } from "../shared/longStrings.js";
import { createTokenProvider, type TokenProvider, type TokenSource } from "../token/createTokenProvider.js";
import { isTokenProvider } from "../token/isTokenProvider.js";
import { API_MESSAGES } from "./API_MESSAGES.js";
import { CredentialApiError } from "./CredentialApiError.js";
import { type ApiFlavour, type FlavourName, flavours } from "./flavours.js";
import { normalizeApiError } from "./normalizeApiError.js";
import { readRequestId } from "./readRequestId.js";
import { scrubSecrets } from "./scrubSecrets.js";
import { toConnectorSummary } from "./toConnectorSummary.js";
import type {
  CheckResult,
  CheckStatus,
  ConnectorSummary,
  CreatedSource,
  CreateSourceInput,
  SourceTemplate,
  SourceTemplateSummary,
  TemplateMode,
} from "./types.js";

/** Options of {@link createEmbeddedClient}. */
export interface EmbeddedClientOptions {
  /** A scoped token or widget token, a `getToken` callback returning one, or a shared {@link TokenProvider}. */
  token: TokenSource | TokenProvider;
  /** @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** Which generation of Airbyte's API to speak. @default "agent-api" */
  flavour?: FlavourName | ApiFlavour;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per-request timeout in milliseconds. @default 30000 */
  timeoutMs?: number;
  /** The partner's name for this end user's workspace (current API). @default read from `scoped-token/info` */
  workspaceName?: string;
  /** Check the config before each create, for flavours with a check endpoint. @default "before-create" */
  check?: "before-create" | "off";
}

/** The workspace a scoped token reaches (`GET /api/v1/account/applications/scoped-token/info`). */
export interface TokenWorkspace {
  organizationId: string | null;
  workspaceId: string | null;
  /** The partner's own name for its customer (not the workspace UUID). */
  workspaceName: string;
}

/** Filters of `listSourceTemplates`. */
export interface ListSourceTemplatesInput {
  /** Workspace id for the older flavours. @default the token's workspace */
  workspaceId?: string;
  /** Only templates with these tags (current API). */
  tags?: readonly string[];
  /** Whether a template needs `any` or `all` of `tags`. @default the server's ("any") */
  tagsMode?: "any" | "all";
  signal?: AbortSignal;
}

/** The Airbyte Embedded / Agent API, scoped by an end user's token. */
export interface EmbeddedClient {
  /**
   * Creates the source with the end user's config, after a check when the flavour has one and `check` is on
   * (a `failed` check throws `check_failed`). Never retried automatically except once after a 401.
   */
  createSource(input: CreateSourceInput): Promise<CreatedSource>;
  /** Checks the config without creating anything (same input as `createSource`; current API only). */
  checkSource(input: CreateSourceInput): Promise<CheckResult>;
  /** Lists the workspace's source templates. */
  listSourceTemplates(input?: ListSourceTemplatesInput): Promise<SourceTemplateSummary[]>;
  /**
   * Lists the end user's configured sources (current API: `GET /api/v1/integrations/connectors`); flavours
   * whose bodies name the workspace by id have no such list and reject with a TypeError.
   */
  listConnectors(input?: { workspaceName?: string; signal?: AbortSignal }): Promise<ConnectorSummary[]>;
  /** Loads one source template with its default config. */
  getSourceTemplate(id: string, input?: { signal?: AbortSignal }): Promise<SourceTemplate>;
  /** The workspace of the token: the `workspaceName` option, else `scoped-token/info` (cached per token). */
  getWorkspace(input?: { signal?: AbortSignal }): Promise<TokenWorkspace>;
  readonly tokenProvider: TokenProvider;
  readonly flavour: ApiFlavour;
}

const JSON_TYPE = "application/json";
const INFO_PATH = "/api/v1/account/applications/scoped-token/info";
const NO_WORKSPACE = "Airbyte did not say which workspace the token belongs to.";

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

function badResponse(message: string, status = 200, requestId: string | null = null): CredentialApiError {
  return new CredentialApiError({ code: "bad_response", message, status, requestId });
}

/** `bad_response` for a template answer missing `what`. */
function badTemplate(what: string): CredentialApiError {
  return badResponse(`Airbyte returned a source template ${what}.`);
}

function toSummary(item: unknown): SourceTemplateSummary {
  const { id, name, icon, connector_name: connectorName, tags, mode } = isPlainObject(item) ? item : {};
  if (typeof id !== "string") throw badTemplate("without an id");
  return {
    id,
    name: typeof name === "string" ? name : id,
    icon: text(icon),
    // Only the current API has these.
    ...(connectorName !== undefined && { connectorName: text(connectorName) }),
    ...(Array.isArray(tags) && { tags: tags.filter((t): t is string => typeof t === "string") }),
    ...(mode !== undefined && { mode: text(mode) as TemplateMode | null }),
  };
}

/** Creates the client for the Airbyte Embedded API: token refresh, flavours, timeouts and typed errors. */
export function createEmbeddedClient(options: EmbeddedClientOptions): EmbeddedClient {
  const {
    token,
    baseUrl = "https://api.airbyte.ai",
    flavour: chosen = "agent-api",
    timeoutMs = 30_000,
  } = options;
  const tokenProvider = isTokenProvider(token) ? token : createTokenProvider(token);
  const base = baseUrl.replace(/\/+$/, "");
  const flavour = typeof chosen === "object" ? chosen : flavours[chosen];
  if (!flavour) throw new TypeError("Unknown API flavour.");
  /** `scoped-token/info` per JWT: a refreshed token of the same end user asks once more, never per request. */
  const templatesPath = flavour.templatesPath ?? "/api/v1/embedded/source-templates";
  const infos = new Map<string, Promise<TokenWorkspace>>();

  /** Sends a request (a GET without `body`), once more with a fresh token after a 401, and reads its JSON. */
  async function request(
    path: string,
    signal: AbortSignal | undefined,
    body?: unknown,
    secrets: readonly string[] = [],
    configKeys?: readonly string[],
    configParts?: readonly string[],
  ): Promise<unknown> {
    /** Sends the request once and reads its body, within the timeout. */
    const attempt = async (jwt: string): Promise<[Response, string]> => {
      const controller = new AbortController();
      const abort = () => controller.abort();
      const timer = setTimeout(abort, timeoutMs);
      signal?.addEventListener("abort", abort, { once: true });
      try {
        if (signal?.aborted) throw signal.reason;
        const response = await (options.fetch ?? fetch)(base + path, {
          method: body === undefined ? "GET" : flavour!.method,
          headers: {
            Authorization: `Bearer ${jwt}`,
            Accept: JSON_TYPE,
            ...(body !== undefined && { "Content-Type": JSON_TYPE }),
          },
          signal: controller.signal,
          // `undefined` (no body) for a GET.
          body: JSON.stringify(body),
        });
        return [response, await response.text()];
      } catch (cause) {
        // Aborted by the caller, else by the timer, else the request failed.
        throw new CredentialApiError(
          signal?.aborted
            ? { code: "aborted", message: "The request was cancelled." }
            : controller.signal.aborted
              ? {
                  code: "timeout",
                  message: `Airbyte did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
                  retryable: true,
                }
              : {
                  code: "network",
                  message: API_MESSAGES.network!,
                  retryable: true,
                  // The cause of a network error may quote the URL or headers: keep only its name.
                  cause: cause instanceof Error ? new Error(cause.name) : undefined,
                },
        );
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
      }
    };
    let token = await tokenProvider.get();
    let [response, text] = await attempt(token.jwt);
    if (response.status === 401) {
      // A 401 means nothing happened (not even a create): refresh once and try again.
      tokenProvider.invalidate();
      const fresh = await tokenProvider.get();
      if (fresh.jwt !== token.jwt) {
        token = fresh;
        [response, text] = await attempt(token.jwt);
      }
    }
    const { status, headers } = response;
    if (!response.ok) {
      throw normalizeApiError({
        status,
        body: text,
        contentType: headers.get("content-type"),
        headers,
        secrets: [...secrets, token.jwt],
        ...(configKeys && { configKeys }),
        ...(configParts && { configParts }),
      });
    }
    if (!text.trim()) return null;
    try {
      return JSON.parse(text);
    } catch {
      const type = headers.get("content-type") ?? "unknown content type";
      throw badResponse(
        `Airbyte answered with something that is not JSON (${type.split(";")[0]}, HTTP ${status}).`,
        status,
        readRequestId(headers),
      );
    }
  }

  async function getWorkspace({
    signal,
  }: {
    signal?: AbortSignal | undefined;
  } = {}): Promise<TokenWorkspace> {
    const { jwt, workspaceId } = await tokenProvider.get();
    if (options.workspaceName)
      return { organizationId: null, workspaceId, workspaceName: options.workspaceName };
    let info = infos.get(jwt);
    if (!info) {
      info = request(INFO_PATH, signal).then((json) => {
        const found = isPlainObject(json) ? json : {};
        const workspaceName = text(found.workspace_name);
        if (!workspaceName) throw badResponse(NO_WORKSPACE);
        return {
          organizationId: text(found.organization_id),
          workspaceId: text(found.workspace_id) ?? workspaceId,
          workspaceName,
        };
      });
      infos.set(jwt, info);
      // A failure (network, abort) is not cached.
      info.catch(() => infos.delete(jwt));
    }
    return info;
  }

  /** The workspace the flavour's bodies name: the input's, else the option's / the token's / the info's. */
  async function workspace(
    input: CreateSourceInput | { workspaceId?: string | undefined },
    signal?: AbortSignal,
  ) {
    if (flavour!.workspace === "name") {
      return (
        ("workspaceName" in input && input.workspaceName) || (await getWorkspace({ signal })).workspaceName
      );
    }
    const id =
      input.workspaceId ??
      (await tokenProvider.get()).workspaceId ??
      (await getWorkspace({ signal })).workspaceId;
    if (!id) throw badResponse(NO_WORKSPACE);
    return id;
  }

  /** Builds the create (and check) body and the values to keep out of errors. */
  async function prepare(input: CreateSourceInput): Promise<[unknown, readonly string[]]> {
    const { templateId, config, name = null, signal, secrets } = input;
    const template = flavour!.needsTemplate
      ? (input.template ?? (await getSourceTemplate(templateId, { signal })))
      : null;
    const body = flavour!.buildBody({
      workspace: await workspace(input, signal),
      templateId,
      config,
      name,
      template,
    });
    return [body, secrets ?? [...longStrings(config)]];
  }

  /** Sends a create or check body, reading field errors into the config. */
  const send = (path: string, body: unknown, secrets: readonly string[], signal?: AbortSignal) =>
    request(path, signal, body, secrets, [flavour.configKey], flavour.configParts);

  async function check(path: string, body: unknown, secrets: readonly string[], signal?: AbortSignal) {
    const json = await send(path, body, secrets, signal);
    const found = isPlainObject(json) ? json : {};
    const reason = isPlainObject(found.failure_reason) ? found.failure_reason : {};
    // Only the message meant for users: never `internal_message` or `stacktrace`.
    const message = text(reason.external_message) ?? text(found.error_message);
    const result: CheckResult = {
      status: text(found.status) as CheckStatus | null,
      message: message && scrubSecrets(message, secrets),
      raw: json,
    };
    return result;
  }

  async function getSourceTemplate(id: string, { signal }: { signal?: AbortSignal | undefined } = {}) {
    const json = await request(`${templatesPath}/${encodeURIComponent(id)}`, signal);
    const summary = toSummary(json);
    const {
      source_definition_id: sourceDefinitionId,
      partial_default_config: defaults,
      user_config_spec: spec,
      auth_tooltip: tooltip,
    } = json as Record<string, unknown>;
    if (typeof sourceDefinitionId !== "string") {
      throw badTemplate("without `source_definition_id`");
    }
    // The current API's `user_config_spec` is a ConnectorSpecification; older ones sent a bare JSON Schema.
    const connector = isPlainObject(spec) && isPlainObject(spec.connectionSpecification);
    const template: SourceTemplate = {
      ...summary,
      sourceDefinitionId,
      partialDefaultConfig: isPlainObject(defaults) ? defaults : {},
      userConfigSpec: (connector
        ? spec.connectionSpecification
        : isPlainObject(spec)
          ? spec
          : null) as JSONSchema,
    };
    if (connector) template.advancedAuth = isPlainObject(spec.advanced_auth) ? spec.advanced_auth : null;
    if (tooltip !== undefined) {
      // A string, or an object of strings (per language…), as the contract allows.
      template.authTooltip =
        text(tooltip) ?? (isPlainObject(tooltip) ? (tooltip as Record<string, string>) : null);
    }
    return template;
  }

  return {
    tokenProvider,
    flavour,
    getWorkspace,
    getSourceTemplate,

    async checkSource(input) {
      if (!flavour.checkPath) throw new TypeError(`The ${flavour.name} flavour has no check endpoint.`);
      const [body, secrets] = await prepare(input);
      return check(flavour.checkPath, body, secrets, input.signal);
    },

    async createSource(input) {
      const [body, secrets] = await prepare(input);
      const { checkPath } = flavour;
      let checked: CheckResult | undefined;
      if (checkPath && (input.check ?? options.check) !== "off") {
        checked = await check(checkPath, body, secrets, input.signal);
        if (checked.status === "failed") {
          throw new CredentialApiError({
            code: "check_failed",
            status: 200,
            message: checked.message ?? API_MESSAGES.check_failed!,
          });
        }
      }
      const created = flavour.parseResponse(await send(flavour.path, body, secrets, input.signal));
      return checked ? { ...created, check: checked } : created;
    },

    async listConnectors({ workspaceName, signal } = {}) {
      if (flavour.workspace !== "name") {
        throw new TypeError(`The ${flavour.name} flavour cannot list connectors.`);
      }
      const name = await workspace(
        workspaceName ? { workspaceName, templateId: "", config: {} } : {},
        signal,
      );
      const json = await request(`${flavour.path}?workspace_name=${encodeURIComponent(name)}`, signal);
      const data = isPlainObject(json) ? json.data : json;
      if (!Array.isArray(data)) throw badResponse("Airbyte returned a connector list without `data`.");
      return data.map(toConnectorSummary).filter((c): c is ConnectorSummary => c !== null);
    },

    async listSourceTemplates({ workspaceId, tags = [], tagsMode, signal } = {}) {
      const query = new URLSearchParams();
      if (flavour.workspace !== "name") query.set("workspace_id", await workspace({ workspaceId }, signal));
      for (const tag of tags) query.append("tags", tag);
      if (tagsMode) query.set("tags_mode", tagsMode);
      const search = query.toString();
      const json = await request(`${templatesPath}${search && "?"}${search}`, signal);
      const data = isPlainObject(json) ? json.data : json;
      if (!Array.isArray(data)) throw badTemplate("list without `data`");
      return data.map(toSummary);
    },
  };
}
