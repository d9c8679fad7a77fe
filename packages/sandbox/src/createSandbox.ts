import { agentErrorBody } from "./agentErrorBody.js";
import { type Authentication, authenticate } from "./authenticate.js";
import { connectorIcon } from "./connectorIcon.js";
import {
  createFaultController,
  type Fault,
  type FaultController,
  parseFaults,
} from "./createFaultController.js";
import { createRegistryIndex, type RegistryIndex } from "./createRegistryIndex.js";
import { issueOperatorToken } from "./issueOperatorToken.js";
import { type IssuedWidgetToken, issueWidgetToken } from "./issueWidgetToken.js";
import { memoryStore } from "./memoryStore.js";
import { normalizeOrigin } from "./normalizeOrigin.js";
import { MAX_BODY_BYTES, readJsonBody } from "./readJsonBody.js";
import { responses } from "./responses.js";
import { adminRoutes } from "./routes/adminRoutes.js";
import { agentAuthRoutes } from "./routes/agentAuthRoutes.js";
import { agentTemplateRoutes } from "./routes/agentTemplateRoutes.js";
import { authRoutes } from "./routes/authRoutes.js";
import { connectorRoutes } from "./routes/connectorRoutes.js";
import { registryRoutes } from "./routes/registryRoutes.js";
import { sourceRoutes } from "./routes/sourceRoutes.js";
import { templateRoutes } from "./routes/templateRoutes.js";
import type { Principal, Route, SandboxContext } from "./SandboxContext.js";
import type { RegistryInput, SandboxRegistry } from "./SandboxRegistry.js";
import type { SandboxStore, StoredTemplate } from "./SandboxStore.js";
import { seedTemplates, type TemplateSeed } from "./seedTemplates.js";

/** Options of {@link createSandbox}. Every option has a local-development default. */
export interface SandboxOptions {
  /** Operator client id. @default "sandbox-client" */
  clientId?: string;
  /** Operator client secret. @default "sandbox-secret" */
  clientSecret?: string;
  /** HS256 signing secret of every token. @default derived from the client secret (stable across restarts) */
  signingSecret?: string;
  /** Widget token lifetime in seconds. @default 1200 */
  tokenTtlSeconds?: number;
  /** Operator access token lifetime in seconds. @default 900 */
  operatorTokenTtlSeconds?: number;
  /** Public base URL used for `iss` and `widgetUrl`. @default the origin of each request */
  publicUrl?: string;
  /** Origins always allowed to call the end-user endpoints (besides each token's `allowedOrigin`). @default [] */
  allowedOrigins?: string[];
  /** Storage. @default memoryStore() */
  store?: SandboxStore;
  /** The connector registry, or a loader. @default the real registry fixture (`@credential-form/fixtures`) */
  registry?: RegistryInput;
  /** Source templates seeded on top of the stored ones. @default data/templates.json */
  templates?: readonly TemplateSeed[];
  /** Clock in milliseconds (token expiry, timestamps). @default Date.now */
  now?: () => number;
  /** Called once per request, never with secrets. @default no logging */
  log?: (entry: RequestLogEntry) => void;
  /** Request body limit in bytes. @default 1048576 */
  maxBodyBytes?: number;
  /** A config holding this value anywhere fails the connection check (`…/connectors/check`). @default "wrong-credentials" */
  wrongCredentials?: string;
}

/** Where a request comes from, as the transport knows it. */
export interface HandleContext {
  /** Peer address; `undefined` means an in-process caller (tests, MSW), trusted like localhost. */
  remoteAddress?: string;
}

/** One request log line: method, path (no query), status, duration. */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** Injected faults, e.g. `"500"` or `"latency:300,drop"`. */
  fault: string | null;
}

/** Input of {@link Sandbox.issueWidgetToken}. */
export interface SandboxWidgetTokenInput {
  organizationId: string;
  externalUserId: string;
  allowedOrigin: string;
  ttlSeconds?: number;
}

/** A platform-neutral Airbyte Embedded API emulator: a fetch-API handler plus helpers for tests. */
export interface Sandbox {
  /** Answers one request like Airbyte would (`Response.error()` for an injected dropped connection). */
  handle(request: Request, context?: HandleContext): Promise<Response>;
  /** Issues a widget token without HTTP (stories, component tests). */
  issueWidgetToken(input: SandboxWidgetTokenInput): Promise<IssuedWidgetToken>;
  /** Issues an operator access token without HTTP. */
  operatorToken(): Promise<string>;
  readonly store: SandboxStore;
  readonly faults: FaultController;
  /** Deletes every created source and clears faults (templates and workspaces stay). */
  reset(): Promise<void>;
  /** Flushes and closes the store. */
  close(): Promise<void>;
}

const ROUTES: Route[] = [
  ...agentAuthRoutes,
  ...agentTemplateRoutes,
  ...connectorRoutes,
  ...authRoutes,
  ...templateRoutes,
  ...sourceRoutes,
  ...registryRoutes,
  ...adminRoutes,
];
const DEFAULT_HEADERS = "authorization, content-type, x-request-id, x-sandbox-fault";
const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1", "localhost"]);
const MAX_LATENCY = 60_000;
/** Paths of the current API, whose errors are `{message, errors: [{field, message, error_code, details}]}`. */
const AGENT_PATHS = /^\/api\/v1\/(integrations|account)\//;

/** Rewrites a FastAPI-shaped error of the current API's paths into its own shape. */
async function agentShaped(response: Response): Promise<Response> {
  if (response.type === "error" || response.status < 400) return response;
  if (!/json/.test(response.headers.get("content-type") ?? "")) return response;
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    return response;
  }
  const shaped = agentErrorBody(body);
  if (!shaped) return response;
  return new Response(JSON.stringify(shaped), { status: response.status, headers: response.headers });
}

async function defaultRegistry(): Promise<SandboxRegistry> {
  return (await import("./registryFixture.js")).registryFixture;
}

function resolveSeeds(seeds: readonly TemplateSeed[], index: RegistryIndex): StoredTemplate[] {
  return seeds.map((seed) => {
    const source =
      (seed.source_definition_id ? index.byId.get(seed.source_definition_id) : undefined) ??
      (seed.docker_repository ? index.byRepository.get(seed.docker_repository) : undefined);
    if (!source) {
      throw new Error(
        `Source template ${seed.id}: connector ${seed.docker_repository ?? seed.source_definition_id ?? "(none)"} is not in the registry`,
      );
    }
    return {
      id: seed.id,
      name: seed.name ?? source.name,
      icon:
        seed.icon === undefined
          ? connectorIcon(source.dockerRepository, seed.name ?? source.name)
          : seed.icon,
      source_definition_id: source.sourceDefinitionId,
      partial_default_config: seed.partial_default_config ?? {},
      ...(seed.user_config_spec ? { user_config_spec: seed.user_config_spec } : {}),
      created_at: new Date(0).toISOString(),
      ...(seed.tags ? { tags: seed.tags } : {}),
      ...(seed.mode ? { mode: seed.mode } : {}),
      ...(seed.auth_tooltip === undefined ? {} : { auth_tooltip: seed.auth_tooltip }),
    };
  });
}

function faultResponse(fault: Exclude<Fault, { kind: "latency" }>): Response {
  switch (fault.kind) {
    case "500":
      return responses.detail(500, "Internal Server Error (injected by the sandbox)");
    case "502-html":
      return new Response(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        { status: 502, headers: { "content-type": "text/html" } },
      );
    case "401-once":
      return responses.detail(401, "Token has expired", { "www-authenticate": "Bearer" });
    case "malformed-json":
      return new Response('{"id": "8f1c2d3e-sandbox", "name": "truncated', {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    case "drop":
      return Response.error();
  }
}

function faultLabel(faults: Fault[]): string | null {
  if (faults.length === 0) return null;
  return faults.map((f) => (f.kind === "latency" ? `latency:${f.ms}` : f.kind)).join(",");
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === "error") return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function decodeParams(match: RegExpExecArray): string[] | null {
  try {
    return match.slice(1).map((p) => decodeURIComponent(p ?? ""));
  } catch {
    return null;
  }
}

/** Creates the emulator. It has no Node imports: run it behind node:http (`sandbox/node`) or inside MSW. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clientSecret = options.clientSecret ?? "sandbox-secret";
  const store = options.store ?? memoryStore();
  const faults = createFaultController();
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const configuredOrigins = new Set(
    (options.allowedOrigins ?? [])
      .map((o) => normalizeOrigin(o.trim()))
      .filter((o): o is string => o !== null),
  );
  const publicUrl = options.publicUrl?.replace(/\/+$/, "");
  const registryInput: RegistryInput = options.registry ?? defaultRegistry;
  let registryPromise: Promise<RegistryIndex> | undefined;
  let seededPromise: Promise<StoredTemplate[]> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const ctx: SandboxContext = {
    clientId: options.clientId ?? "sandbox-client",
    clientSecret,
    signingSecret: options.signingSecret ?? `credential-form-sandbox/jwt/${clientSecret}`,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 1200,
    operatorTokenTtlSeconds: options.operatorTokenTtlSeconds ?? 900,
    configuredOrigins,
    store,
    faults,
    now: options.now ?? Date.now,
    wrongCredentials: options.wrongCredentials ?? "wrong-credentials",
    publicUrl(request) {
      if (publicUrl) return publicUrl;
      if (request) return new URL(request.url).origin;
      return "http://localhost:8787";
    },
    registry() {
      registryPromise ??= Promise.resolve(
        typeof registryInput === "function" ? registryInput() : registryInput,
      ).then(createRegistryIndex);
      return registryPromise;
    },
    async templates() {
      seededPromise ??= ctx
        .registry()
        .then((index) => resolveSeeds(options.templates ?? seedTemplates, index));
      const seeded = await seededPromise;
      const added = await store.list("templates");
      return [...seeded, ...added];
    },
    exclusive(task) {
      const run = queue.then(task, task);
      queue = run.catch(() => {});
      return run;
    },
  };

  async function allowedOrigins(auth: Authentication | null): Promise<Set<string>> {
    const allowed = new Set(configuredOrigins);
    const workspaceId = auth
      ? auth.ok
        ? auth.principal.kind === "end-user"
          ? auth.principal.workspaceId
          : null
        : auth.workspaceId
      : null;
    for (const record of await store.list("origins")) {
      if (workspaceId === null || record.workspace_id === workspaceId) allowed.add(record.origin);
    }
    if (auth?.envelopeOrigin) allowed.add(auth.envelopeOrigin);
    return allowed;
  }

  async function dispatch(
    request: Request,
    url: URL,
    context: HandleContext,
    state: { fault: string | null },
  ): Promise<Response> {
    const path = url.pathname;
    const candidates = ROUTES.filter((r) => r.path.test(path));
    const origin = request.headers.get("origin");

    if (request.method === "OPTIONS") {
      const wanted = (request.headers.get("access-control-request-method") ?? "").toUpperCase();
      const route = candidates.find((r) => r.method === (wanted === "HEAD" ? "GET" : wanted));
      if (candidates.length === 0) return responses.detail(404, "Not Found");
      if (!route || !origin) return responses.detail(403, "CORS preflight refused");
      const headers = {
        "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
        "access-control-allow-headers":
          request.headers.get("access-control-request-headers") ?? DEFAULT_HEADERS,
        "access-control-max-age": "600",
        vary: "Origin",
      };
      if (route.access === "registry" || route.access === "public") {
        return new Response(null, {
          status: 204,
          headers: { ...headers, "access-control-allow-origin": "*" },
        });
      }
      if (route.access === "end-user" && (route.anyOrigin || (await allowedOrigins(null)).has(origin))) {
        return new Response(null, {
          status: 204,
          headers: { ...headers, "access-control-allow-origin": origin },
        });
      }
      return responses.detail(403, "CORS preflight refused: origin not allowed for this endpoint");
    }

    const method = request.method === "HEAD" ? "GET" : request.method;
    const route = candidates.find((r) => r.method === method);
    const needsAuth =
      route?.access === "operator" || route?.access === "end-user" || route?.access === "admin";
    const auth = needsAuth ? await authenticate(request, ctx) : null;

    let cors: Record<string, string> = {};
    if (route?.access === "registry" || route?.access === "public") {
      cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "x-request-id" };
    } else if (route?.access === "end-user" && origin) {
      // The current API's routes take bearer tokens only (no cookies): any origin may call them.
      if (!route.anyOrigin && !(await allowedOrigins(auth)).has(origin)) {
        return responses.detail(403, "Forbidden: this origin is not allowed for this token");
      }
      cors = {
        "access-control-allow-origin": origin,
        "access-control-expose-headers": "x-request-id",
        vary: "Origin",
      };
    }

    if (!path.startsWith("/__sandbox/")) {
      const header = request.headers.get("x-sandbox-fault");
      if (header !== null && parseFaults(header) === null) {
        return withHeaders(
          responses.detail(
            400,
            'x-sandbox-fault must be "latency:<ms>", "500", "502-html", "401-once", "drop" or "malformed-json" (comma-separated)',
          ),
          cors,
        );
      }
      const injected = faults.take(method, path, header);
      state.fault = faultLabel(injected);
      for (const fault of injected) {
        if (fault.kind === "latency")
          await new Promise((resolve) => setTimeout(resolve, Math.min(fault.ms, MAX_LATENCY)));
      }
      const terminal = injected.find((f): f is Exclude<Fault, { kind: "latency" }> => f.kind !== "latency");
      if (terminal) return withHeaders(faultResponse(terminal), cors);
    }

    if (!route) {
      return candidates.length > 0
        ? responses.detail(405, "Method Not Allowed")
        : responses.detail(404, "Not Found");
    }
    const match = route.path.exec(path);
    const params = match ? decodeParams(match) : [];
    if (!params) return responses.detail(400, "Malformed percent-encoding in the path");

    let principal: Principal | null = null;
    if (route.access === "operator" || route.access === "end-user") {
      if (!auth)
        return withHeaders(
          responses.detail(401, "Missing bearer token", { "www-authenticate": "Bearer" }),
          cors,
        );
      if (!auth.ok) return withHeaders(responses.detail(auth.status, auth.message), cors);
      if (route.access === "operator" && auth.principal.kind !== "operator") {
        return responses.detail(403, "Forbidden: this endpoint needs an operator (application) token");
      }
      principal = auth.principal;
    } else if (route.access === "admin") {
      const local = context.remoteAddress === undefined || LOOPBACK.has(context.remoteAddress);
      if (auth?.ok && auth.principal.kind === "operator") principal = auth.principal;
      else if (!local)
        return responses.detail(
          403,
          "Forbidden: admin endpoints need an operator token or a local connection",
        );
    }

    const response = await route.handle(
      { request, url, params, principal, readJson: () => readJsonBody(request, maxBodyBytes) },
      ctx,
    );
    return withHeaders(response, cors);
  }

  return {
    store,
    faults,
    async handle(request, context = {}) {
      const started = Date.now();
      const incomingId = request.headers.get("x-request-id");
      const requestId = incomingId && /^[\w.:-]{1,128}$/.test(incomingId) ? incomingId : crypto.randomUUID();
      const state: { fault: string | null } = { fault: null };
      let url: URL | null = null;
      let response: Response;
      try {
        url = new URL(request.url);
        response = await dispatch(request, url, context, state);
        if (AGENT_PATHS.test(url.pathname)) response = await agentShaped(response);
      } catch {
        // Never echo the error: it could quote request data.
        response = responses.detail(500, "Internal Server Error");
      }
      if (request.method === "HEAD" && response.type !== "error") {
        response = new Response(null, { status: response.status, headers: response.headers });
      }
      withHeaders(response, { "x-request-id": requestId });
      options.log?.({
        requestId,
        method: request.method,
        path: url?.pathname ?? "(invalid url)",
        status: response.type === "error" ? 0 : response.status,
        durationMs: Date.now() - started,
        fault: state.fault,
      });
      return response;
    },
    async issueWidgetToken(input) {
      const allowedOrigin = normalizeOrigin(input.allowedOrigin);
      if (!allowedOrigin) throw new TypeError("allowedOrigin must be an http(s) origin");
      return issueWidgetToken(ctx, {
        organizationId: input.organizationId,
        externalUserId: input.externalUserId,
        allowedOrigin,
        ...(input.ttlSeconds === undefined ? {} : { ttlSeconds: input.ttlSeconds }),
      });
    },
    async operatorToken() {
      return (await issueOperatorToken(ctx)).access_token;
    },
    async reset() {
      await store.clear("sources");
      faults.clear();
    },
    close() {
      return store.close();
    },
  };
}
