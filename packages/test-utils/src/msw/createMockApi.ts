import {
  createSandbox,
  memoryStore,
  type Sandbox,
  type SandboxOptions,
  type StoredSource,
} from "@credential-form/sandbox";
import { type HttpHandler, http } from "msw";

/** Options of {@link createMockApi}. */
export interface MockApiOptions {
  /** Base URL the handlers answer; never a real Airbyte host. @default "https://api.sandbox.test" */
  baseUrl?: string;
  /** Origin of the page calling the API (the widget token's `allowedOrigin`). @default the page's origin, else "http://localhost:6006" */
  origin?: string;
  /** More sandbox options; the store is a fresh `memoryStore()` unless one is given. @default {} */
  sandbox?: Omit<SandboxOptions, "publicUrl">;
}

/** Input of {@link MockApi.widgetToken}. */
export interface MockWidgetTokenInput {
  /** The end user; one workspace per (organization, end user). @default "story-user" */
  externalUserId?: string;
  /** @default "story-org" */
  organizationId?: string;
  /** Lifetime in seconds; negative issues an already expired token. @default the sandbox's (1200) */
  ttlSeconds?: number;
}

/** Changes applied to a request before the sandbox answers it (see {@link MockApi.forward}). */
export interface ForwardOptions {
  /** Sandbox fault(s), as the `x-sandbox-fault` header takes them, e.g. `"500"` or `"latency:400"`. */
  fault?: string;
  /** Another URL for the same request (e.g. an unknown template id). */
  url?: string;
  /** Headers replaced on the request (e.g. another `authorization`). */
  headers?: Record<string, string>;
}

/** The sandbox emulator behind MSW: handlers, a widget token issuer and a view of what was created. */
export interface MockApi {
  /** The emulator itself (store, faults, reset). */
  readonly sandbox: Sandbox;
  /** Pass it as `baseUrl` of `<CredentialForm>` or the core client. */
  readonly baseUrl: string;
  /** The registry the sandbox serves (the real 208-source fixture); pass it as `registryUrl`. */
  readonly registryUrl: string;
  /** The page origin tokens are issued for. */
  readonly origin: string;
  /** MSW handlers forwarding every request under `baseUrl` to the sandbox. */
  readonly handlers: HttpHandler[];
  /** A real widget token (base64 envelope around an HS256 JWT) signed by this sandbox. */
  widgetToken(input?: MockWidgetTokenInput): Promise<string>;
  /** Every source created so far (configurations as stored, secrets included: tests only). */
  sources(): Promise<StoredSource[]>;
  /** Lets the sandbox answer `request`, optionally with a fault, another URL or other headers. */
  forward(request: Request, options?: ForwardOptions): Promise<Response>;
}

const DEFAULT_BASE_URL = "https://api.sandbox.test";
const FALLBACK_ORIGIN = "http://localhost:6006";

function pageOrigin(): string {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === "string" && /^https?:\/\//.test(origin) ? origin : FALLBACK_ORIGIN;
}

async function rewrite(request: Request, options: ForwardOptions): Promise<Request> {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  if (options.fault !== undefined) headers.set("x-sandbox-fault", options.fault);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  // Buffered, not streamed: a streamed request body needs `duplex`, which not every runtime accepts.
  const body = hasBody ? await request.arrayBuffer() : null;
  return new Request(options.url ?? request.url, {
    method: request.method,
    headers,
    signal: request.signal,
    ...(body && body.byteLength > 0 ? { body } : {}),
  });
}

/**
 * Creates the sandbox emulator (in-memory store) and MSW handlers serving it, so stories, component tests and
 * e2e tests all talk to the same Airbyte Embedded API and registry.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const origin = options.origin ?? pageOrigin();
  const extra = options.sandbox ?? {};
  const sandbox = createSandbox({
    ...extra,
    store: extra.store ?? memoryStore(),
    publicUrl: baseUrl,
    allowedOrigins: [...(extra.allowedOrigins ?? []), origin],
  });
  const forward = async (request: Request, forwardOptions: ForwardOptions = {}): Promise<Response> =>
    sandbox.handle(Object.keys(forwardOptions).length > 0 ? await rewrite(request, forwardOptions) : request);
  return {
    sandbox,
    baseUrl,
    registryUrl: `${baseUrl}/registries/v0/cloud_registry.json`,
    origin,
    handlers: [http.all(`${baseUrl}/*`, ({ request }) => forward(request))],
    async widgetToken(input = {}) {
      const issued = await sandbox.issueWidgetToken({
        organizationId: input.organizationId ?? "story-org",
        externalUserId: input.externalUserId ?? "story-user",
        allowedOrigin: origin,
        ...(input.ttlSeconds === undefined ? {} : { ttlSeconds: input.ttlSeconds }),
      });
      return issued.token;
    },
    sources: () => sandbox.store.list("sources"),
    forward,
  };
}
