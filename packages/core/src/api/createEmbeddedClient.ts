import { isPlainObject } from "../shared/isPlainObject.js";
import type { JSONSchema } from "../spec/JSONSchema.js";
import { createTokenProvider, type TokenProvider, type TokenSource } from "../token/createTokenProvider.js";
import { isTokenProvider } from "../token/isTokenProvider.js";
import { CredentialApiError } from "./CredentialApiError.js";
import { type ApiFlavour, type FlavourName, flavours } from "./flavours.js";
import { normalizeApiError } from "./normalizeApiError.js";
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

interface RequestInput {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
  secrets?: readonly string[];
  configKeys?: readonly string[];
}

function stringLeaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringLeaves(item, out);
  else if (isPlainObject(value)) for (const item of Object.values(value)) stringLeaves(item, out);
  return out;
}

function badResponse(
  message: string,
  status: number | null,
  requestId: string | null = null,
): CredentialApiError {
  return new CredentialApiError({ code: "bad_response", message, status, requestId });
}

function readRequestId(headers: Headers): string | null {
  return headers.get("x-request-id") ?? headers.get("request-id");
}

function toSummary(item: unknown): SourceTemplateSummary {
  if (!isPlainObject(item) || typeof item.id !== "string") {
    throw badResponse("Airbyte returned a source template without an id.", 200);
  }
  return {
    id: item.id,
    name: typeof item.name === "string" ? item.name : item.id,
    icon: typeof item.icon === "string" && item.icon !== "" ? item.icon : null,
  };
}

/** Creates the client for the Airbyte Embedded API: token refresh, flavours, timeouts and typed errors. */
export function createEmbeddedClient(options: EmbeddedClientOptions): EmbeddedClient {
  const tokenProvider = isTokenProvider(options.token) ? options.token : createTokenProvider(options.token);
  const baseUrl = (options.baseUrl ?? "https://api.airbyte.ai").replace(/\/+$/, "");
  const flavour =
    typeof options.flavour === "object"
      ? options.flavour
      : flavours[options.flavour ?? "partial-user-configs"];
  if (flavour === undefined) throw new TypeError("Unknown API flavour.");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const workspaceField = options.workspaceField ?? "workspace_name";
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);

  async function attempt(request: RequestInput, jwt: string): Promise<{ response: Response; text: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    request.signal?.addEventListener("abort", onAbort, { once: true });
    const headers: Record<string, string> = { Authorization: `Bearer ${jwt}`, Accept: "application/json" };
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    try {
      if (request.signal?.aborted) throw request.signal.reason;
      const response = await doFetch(`${baseUrl}${request.path}`, {
        method: request.method,
        headers,
        signal: controller.signal,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
      const text = await response.text();
      return { response, text };
    } catch (cause) {
      if (timedOut) {
        throw new CredentialApiError({
          code: "timeout",
          message: `Airbyte did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
          retryable: true,
        });
      }
      if (request.signal?.aborted) {
        throw new CredentialApiError({ code: "aborted", message: "The request was cancelled." });
      }
      // The cause of a network error may quote the URL or headers: keep only its name.
      throw new CredentialApiError({
        code: "network",
        message: "Airbyte could not be reached. Check your connection and try again.",
        retryable: true,
        cause: cause instanceof Error ? new Error(cause.name) : undefined,
      });
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
    }
  }

  async function request(req: RequestInput): Promise<unknown> {
    let token = await tokenProvider.get();
    let result = await attempt(req, token.jwt);
    if (result.response.status === 401) {
      // A 401 means nothing happened (not even a create): refresh once and try again.
      tokenProvider.invalidate();
      const fresh = await tokenProvider.get();
      if (fresh.jwt !== token.jwt) {
        token = fresh;
        result = await attempt(req, token.jwt);
      }
    }
    const { response, text } = result;
    const secrets = [...(req.secrets ?? []), token.jwt];
    if (!response.ok) {
      return Promise.reject(
        normalizeApiError({
          status: response.status,
          body: text,
          contentType: response.headers.get("content-type"),
          headers: response.headers,
          secrets,
          ...(req.configKeys === undefined ? {} : { configKeys: req.configKeys }),
        }),
      );
    }
    if (text.trim() === "") return null;
    try {
      return JSON.parse(text);
    } catch {
      const type = response.headers.get("content-type") ?? "unknown content type";
      throw badResponse(
        `Airbyte answered with something that is not JSON (${type.split(";")[0]}, HTTP ${response.status}).`,
        response.status,
        readRequestId(response.headers),
      );
    }
  }

  return {
    tokenProvider,
    flavour,

    async createSource(input) {
      const token = await tokenProvider.get();
      const body = flavour.buildBody({
        workspaceId: input.workspaceId ?? token.workspaceId,
        templateId: input.templateId,
        config: input.config,
        name: input.name ?? null,
        workspaceField,
      });
      const secrets = input.secrets ?? stringLeaves(input.config).filter((s) => s.length >= 4);
      const json = await request({
        method: flavour.method,
        path: flavour.path,
        body,
        signal: input.signal,
        secrets,
        configKeys: [flavour.configKey],
      });
      return flavour.parseResponse(json);
    },

    async listSourceTemplates(input = {}) {
      const workspaceId = input.workspaceId ?? (await tokenProvider.get()).workspaceId;
      const json = await request({
        method: "GET",
        path: `/api/v1/embedded/source-templates?workspace_id=${encodeURIComponent(workspaceId)}`,
        signal: input.signal,
      });
      const data = Array.isArray(json) ? json : isPlainObject(json) ? json.data : undefined;
      if (!Array.isArray(data))
        throw badResponse("Airbyte returned a source template list without `data`.", 200);
      return data.map(toSummary);
    },

    async getSourceTemplate(id, input = {}) {
      const json = await request({
        method: "GET",
        path: `/api/v1/embedded/source-templates/${encodeURIComponent(id)}`,
        signal: input.signal,
      });
      const summary = toSummary(json);
      const record = json as Record<string, unknown>;
      if (typeof record.source_definition_id !== "string") {
        throw badResponse("Airbyte returned a source template without `source_definition_id`.", 200);
      }
      return {
        ...summary,
        sourceDefinitionId: record.source_definition_id,
        partialDefaultConfig: isPlainObject(record.partial_default_config)
          ? record.partial_default_config
          : {},
        userConfigSpec: isPlainObject(record.user_config_spec)
          ? (record.user_config_spec as JSONSchema)
          : null,
      };
    },
  };
}
