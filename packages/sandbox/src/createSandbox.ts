import { agentShaped } from "./agentShaped.js";
import { createFaultController, type FaultController } from "./createFaultController.js";
import { createRegistryIndex, type RegistryIndex } from "./createRegistryIndex.js";
import { dispatchRequest } from "./dispatchRequest.js";
import { issueOperatorToken } from "./issueOperatorToken.js";
import { type IssuedWidgetToken, issueWidgetToken } from "./issueWidgetToken.js";
import { memoryStore } from "./memoryStore.js";
import { normalizeOrigin } from "./normalizeOrigin.js";
import { MAX_BODY_BYTES } from "./readJsonBody.js";
import { resolveSeeds } from "./resolveSeeds.js";
import { responses } from "./responses.js";
import type { SandboxContext } from "./SandboxContext.js";
import type { RegistryInput, SandboxRegistry } from "./SandboxRegistry.js";
import type { SandboxStore, StoredTemplate } from "./SandboxStore.js";
import { seedTemplates, type TemplateSeed } from "./seedTemplates.js";
import { withHeaders } from "./withHeaders.js";

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
  /** Lifetime of an OAuth consent and of the single-use `secret_id` it returns, in seconds. @default 600 */
  oauthSecretTtlSeconds?: number;
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

/** Paths of the current API, whose errors are `{message, errors: [{field, message, error_code, details}]}`. */
const AGENT_PATHS = /^\/api\/v1\/(integrations|account)\//;

async function defaultRegistry(): Promise<SandboxRegistry> {
  return (await import("./registryFixture.js")).registryFixture;
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
    oauthSecretTtlSeconds: options.oauthSecretTtlSeconds ?? 600,
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
        response = await dispatchRequest(request, url, context, state, ctx, maxBodyBytes);
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
