import type { FaultController } from "./createFaultController.js";
import type { RegistryIndex } from "./createRegistryIndex.js";
import type { JsonBodyResult } from "./readJsonBody.js";
import type { SandboxStore, StoredTemplate } from "./SandboxStore.js";

/** Who is calling, from a verified Bearer token. */
export type Principal =
  | { kind: "operator"; clientId: string }
  | {
      kind: "end-user";
      workspaceId: string;
      userId: string;
      /** A scoped token (any origin may use it) rather than a widget token (its allowed origin only). */
      scoped?: boolean;
      /** The widget token's source template filter, if it has one. */
      templateTags?: { tags: string[]; mode: "any" | "all" };
    };

/**
 * Who may call a route, which also decides its CORS policy: `public` and `registry` are open to any origin;
 * `end-user` only to the token's allowedOrigin and configured origins; `login`, `operator` and `admin` are
 * server-to-server (no CORS). `login` needs no token (it issues one).
 */
export type RouteAccess = "public" | "registry" | "login" | "operator" | "end-user" | "admin";

/** One matched request, as the route handlers see it. */
export interface RouteRequest {
  request: Request;
  url: URL;
  /** Captured path segments of the route pattern. */
  params: string[];
  /** The caller; null only on public, registry and (local) admin routes. */
  principal: Principal | null;
  /** Reads the JSON body with the size limit. */
  readJson(): Promise<JsonBodyResult>;
}

/** One route of the emulator. */
export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: RegExp;
  access: RouteAccess;
  /** An `end-user` route of the current API: bearer-only, so any origin may call it (CORS reflects it). */
  anyOrigin?: boolean;
  handle(req: RouteRequest, ctx: SandboxContext): Promise<Response>;
}

/** Everything a route handler may use: resolved options, storage, registry and helpers. */
export interface SandboxContext {
  clientId: string;
  clientSecret: string;
  signingSecret: string;
  tokenTtlSeconds: number;
  operatorTokenTtlSeconds: number;
  configuredOrigins: ReadonlySet<string>;
  store: SandboxStore;
  faults: FaultController;
  now(): number;
  /** The public base URL (no trailing slash): configured, or the request's own origin. */
  publicUrl(request?: Request): string;
  registry(): Promise<RegistryIndex>;
  /** Seeded templates followed by the ones the operator added. */
  templates(): Promise<StoredTemplate[]>;
  /** Value that fails every connection check (`…/connectors/check`) when it appears anywhere in a config. */
  wrongCredentials: string;
  /** Lifetime of an OAuth consent and of the `secret_id` it returns, in seconds. */
  oauthSecretTtlSeconds: number;
  /** Runs one read-modify-write step at a time (workspace and origin bookkeeping). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}
