import { isPlainObject } from "../shared/isPlainObject.js";
import { longStrings } from "../shared/longStrings.js";
import { nonEmptyText as text } from "../shared/nonEmptyText.js";
import type { TokenProvider, TokenSource } from "../token/createTokenProvider.js";
import type { ApiKit } from "./ApiKit.js";
import { badResponse } from "./badResponse.js";
import type { ConnectorApi } from "./connectorTypes.js";
import { createApiRequest } from "./createApiRequest.js";
import type { ApiFlavour, FlavourName } from "./flavours.js";
import { type InitiateOAuthInput, initiateOAuth, type OAuthConsent } from "./initiateOAuth.js";
import { lazyConnectorApi } from "./lazyConnectorApi.js";
import { scrubSecrets } from "./scrubSecrets.js";
import { toCheckResult } from "./toCheckResult.js";
import { toSourceTemplate } from "./toSourceTemplate.js";
import { badTemplate, toTemplateSummary as toSummary } from "./toTemplateSummary.js";
import type {
  CheckResult,
  CreatedSource,
  CreateSourceInput,
  SourceTemplate,
  SourceTemplateSummary,
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
export interface EmbeddedClient extends ConnectorApi {
  /**
   * Creates the source with the end user's config, after a check when the flavour has one and `check` is on
   * (a `failed` check throws `check_failed`). Never retried automatically except once after a 401.
   */
  createSource(input: CreateSourceInput): Promise<CreatedSource>;
  /** Checks the config without creating anything (same input as `createSource`; current API only). */
  checkSource(input: CreateSourceInput): Promise<CheckResult>;
  /** Lists the workspace's source templates. */
  listSourceTemplates(input?: ListSourceTemplatesInput): Promise<SourceTemplateSummary[]>;
  /** Loads one source template with its default config. */
  getSourceTemplate(id: string, input?: { signal?: AbortSignal }): Promise<SourceTemplate>;
  /** The workspace of the token: the `workspaceName` option, else `scoped-token/info` (cached per token). */
  getWorkspace(input?: { signal?: AbortSignal }): Promise<TokenWorkspace>;
  /** Starts a server-side OAuth consent for a connector with `advanced_auth` (current API): the consent URL. */
  initiateOAuth(input: InitiateOAuthInput): Promise<OAuthConsent>;
  readonly tokenProvider: TokenProvider;
  readonly flavour: ApiFlavour;
}

const INFO_PATH = "/api/v1/account/applications/scoped-token/info";
const NO_WORKSPACE = "Airbyte did not say which workspace the token belongs to.";

/**
 * `createEmbeddedClient` once its token provider and flavour are resolved: the request code that
 * `createLazyEmbeddedClient` loads on demand. It imports neither the token code nor the flavours, which the first
 * load has anyway: a chunk shared by both would make the page heavier. For the same reason the error class, the
 * fallback messages and the scrubber come in `kit` (`coreApiKit`).
 */
export function buildEmbeddedClient(
  options: EmbeddedClientOptions,
  tokenProvider: TokenProvider,
  flavour: ApiFlavour,
  kit: ApiKit,
): EmbeddedClient {
  const { baseUrl = "https://api.airbyte.ai" } = options;
  const base = baseUrl.replace(/\/+$/, "");
  /** `scoped-token/info` per JWT: a refreshed token of the same end user asks once more, never per request. */
  const templatesPath = flavour.templatesPath ?? "/api/v1/embedded/source-templates";
  const infos = new Map<string, Promise<TokenWorkspace>>();

  const request = createApiRequest(options, base, tokenProvider, flavour, kit);

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
        if (!workspaceName) throw badResponse(kit.ApiError, NO_WORKSPACE);
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
    if (flavour.workspace === "name") {
      return (
        ("workspaceName" in input && input.workspaceName) || (await getWorkspace({ signal })).workspaceName
      );
    }
    const id =
      input.workspaceId ??
      (await tokenProvider.get()).workspaceId ??
      (await getWorkspace({ signal })).workspaceId;
    if (!id) throw badResponse(kit.ApiError, NO_WORKSPACE);
    return id;
  }

  /** Builds the create (and check) body and the values to keep out of errors. */
  async function prepare(input: CreateSourceInput): Promise<[unknown, readonly string[]]> {
    const { templateId, config, name = null, signal, secrets } = input;
    const template = flavour.needsTemplate
      ? (input.template ?? (await getSourceTemplate(templateId, { signal })))
      : null;
    const body = flavour.buildBody({
      workspace: await workspace(input, signal),
      templateId,
      config,
      name,
      template,
    });
    const oauthSecret = input.serverSideOAuthSecretId;
    if (oauthSecret === undefined) return [body, secrets ?? [...longStrings(config)]];
    // The config holds no OAuth field (see `stripOAuthOutputs` in `@credential-form/core/oauth`).
    return [
      { ...(body as object), server_side_oauth_secret_id: oauthSecret },
      [...(secrets ?? longStrings(config)), oauthSecret],
    ];
  }

  /** Sends a create or check body, reading field errors into the config. */
  const send = (path: string, body: unknown, secrets: readonly string[], signal?: AbortSignal) =>
    request(path, signal, body, secrets, [flavour.configKey], flavour.configParts);

  async function check(path: string, body: unknown, secrets: readonly string[], signal?: AbortSignal) {
    return toCheckResult(await send(path, body, secrets, signal), secrets, scrubSecrets);
  }

  async function getSourceTemplate(id: string, { signal }: { signal?: AbortSignal | undefined } = {}) {
    return toSourceTemplate(
      await request(`${templatesPath}/${encodeURIComponent(id)}`, signal),
      kit.ApiError,
    );
  }

  return {
    tokenProvider,
    flavour,
    getWorkspace,
    getSourceTemplate,
    ...lazyConnectorApi({
      flavour,
      kit,
      check: options.check,
      request: (path, signal, body, secrets, method) =>
        request(path, signal, body, secrets, [flavour.configKey], flavour.configParts, method),
      runCheck: check,
      workspaceName: async (signal) => (await getWorkspace({ signal })).workspaceName,
    }),
    initiateOAuth: (input) =>
      initiateOAuth(
        {
          post: (path, body, secrets, signal) => request(path, signal, body, secrets),
          workspaceName: async (signal) => (await getWorkspace({ signal })).workspaceName,
          ApiError: kit.ApiError,
        },
        input,
      ),

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
          throw new kit.ApiError({
            code: "check_failed",
            status: 200,
            message: checked.message ?? kit.messages.check_failed,
          });
        }
      }
      const created = flavour.parseResponse(await send(flavour.path, body, secrets, input.signal));
      return checked ? { ...created, check: checked } : created;
    },

    async listSourceTemplates({ workspaceId, tags = [], tagsMode, signal } = {}) {
      const query = new URLSearchParams();
      if (flavour.workspace !== "name") query.set("workspace_id", await workspace({ workspaceId }, signal));
      for (const tag of tags) query.append("tags", tag);
      if (tagsMode) query.set("tags_mode", tagsMode);
      const search = query.toString();
      const json = await request(`${templatesPath}${search && "?"}${search}`, signal);
      const data = isPlainObject(json) ? json.data : json;
      if (!Array.isArray(data)) throw badTemplate(kit.ApiError, "list without `data`");
      return data.map((item) => toSummary(item, kit.ApiError));
    },
  };
}
