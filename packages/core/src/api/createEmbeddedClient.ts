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
import type { CreatedSource, CreateSourceInput, SourceTemplate, SourceTemplateSummary } from "./types.js";

/** Options of {@link createEmbeddedClient}. */
export interface EmbeddedClientOptions {
  /** A widget token, a `getToken` callback, or a shared {@link TokenProvider}. */
  token: TokenSource | TokenProvider;
  /** @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** @default "partial-user-configs" */
  flavour?: FlavourName | ApiFlavour;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per-request timeout in milliseconds. @default 30000 */
  timeoutMs?: number;
  /** Body field carrying the workspace for the `integrations` flavour. @default "workspace_name" */
  workspaceField?: "workspace_name" | "external_user_id";
}

/** The Airbyte Embedded API, scoped by a widget token. */
export interface EmbeddedClient {
  /** Creates the source with the end user's config. Never retried automatically except once after a 401. */
  createSource(input: CreateSourceInput): Promise<CreatedSource>;
  /** Lists the workspace's source templates. */
  listSourceTemplates(input?: {
    workspaceId?: string;
    signal?: AbortSignal;
  }): Promise<SourceTemplateSummary[]>;
  /** Loads one source template with its default config. */
  getSourceTemplate(id: string, input?: { signal?: AbortSignal }): Promise<SourceTemplate>;
  readonly tokenProvider: TokenProvider;
  readonly flavour: ApiFlavour;
}

const JSON_TYPE = "application/json";
const TEMPLATES_PATH = "/api/v1/embedded/source-templates";

function badResponse(message: string, status = 200, requestId: string | null = null): CredentialApiError {
  return new CredentialApiError({ code: "bad_response", message, status, requestId });
}

/** `bad_response` for a template answer missing `what`. */
function badTemplate(what: string): CredentialApiError {
  return badResponse(`Airbyte returned a source template ${what}.`);
}

function toSummary(item: unknown): SourceTemplateSummary {
  const { id, name, icon } = isPlainObject(item) ? item : {};
  if (typeof id !== "string") throw badTemplate("without an id");
  return {
    id,
    name: typeof name === "string" ? name : id,
    icon: typeof icon === "string" && icon ? icon : null,
  };
}

/** Creates the client for the Airbyte Embedded API: token refresh, flavours, timeouts and typed errors. */
export function createEmbeddedClient(options: EmbeddedClientOptions): EmbeddedClient {
  const {
    token,
    baseUrl = "https://api.airbyte.ai",
    flavour: chosen = "partial-user-configs",
    timeoutMs = 30_000,
    workspaceField = "workspace_name",
  } = options;
  const tokenProvider = isTokenProvider(token) ? token : createTokenProvider(token);
  const base = baseUrl.replace(/\/+$/, "");
  const flavour = typeof chosen === "object" ? chosen : flavours[chosen];
  if (!flavour) throw new TypeError("Unknown API flavour.");
  const workspace = async (id: string | undefined) => id ?? (await tokenProvider.get()).workspaceId;

  /** Sends a request (a GET without `body`), once more with a fresh token after a 401, and reads its JSON. */
  async function request(
    path: string,
    signal: AbortSignal | undefined,
    body?: unknown,
    secrets: readonly string[] = [],
    configKeys?: readonly string[],
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

  return {
    tokenProvider,
    flavour,

    async createSource({ workspaceId, templateId, config, name = null, signal, secrets }) {
      const body = flavour.buildBody({
        workspaceId: await workspace(workspaceId),
        templateId,
        config,
        name,
        workspaceField,
      });
      return flavour.parseResponse(
        await request(flavour.path, signal, body, secrets ?? [...longStrings(config)], [flavour.configKey]),
      );
    },

    async listSourceTemplates({ workspaceId, signal } = {}) {
      const json = await request(
        `${TEMPLATES_PATH}?workspace_id=${encodeURIComponent(await workspace(workspaceId))}`,
        signal,
      );
      const data = isPlainObject(json) ? json.data : json;
      if (!Array.isArray(data)) throw badTemplate("list without `data`");
      return data.map(toSummary);
    },

    async getSourceTemplate(id, { signal } = {}) {
      const json = await request(`${TEMPLATES_PATH}/${encodeURIComponent(id)}`, signal);
      const summary = toSummary(json);
      const {
        source_definition_id: sourceDefinitionId,
        partial_default_config: defaults,
        user_config_spec: spec,
      } = json as Record<string, unknown>;
      if (typeof sourceDefinitionId !== "string") {
        throw badTemplate("without `source_definition_id`");
      }
      return {
        ...summary,
        sourceDefinitionId,
        partialDefaultConfig: isPlainObject(defaults) ? defaults : {},
        userConfigSpec: isPlainObject(spec) ? (spec as JSONSchema) : null,
      };
    },
  };
}
