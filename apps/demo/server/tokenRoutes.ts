import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";

/** Where the demo's backend gets end-user tokens: the local sandbox by default, or real Airbyte via env. */
export interface DemoBackendConfig {
  /** Base URL of the token endpoints (`POST /api/v1/account/applications/{token,scoped-token,widget-token}`). */
  operatorApiUrl: string;
  /** Base URL the browser calls with the end user's token (source templates, connectors). */
  embeddedApiUrl: string;
  /** Connector registry URL the browser loads specs from. */
  registryUrl: string;
  clientId: string;
  clientSecret: string;
  /** What the browser gets: a scoped token (bare JWT, the current API's bring-your-own-UI token) or a widget token. */
  tokenKind: "scoped" | "widget";
  /** Which generation of the API the browser speaks (`agent-api`, `embedded-sources`, `partial-user-configs`). */
  flavour: string;
}

const AIRBYTE_API = "https://api.airbyte.ai";
const AIRBYTE_REGISTRY = "https://connectors.airbyte.com/files/registries/v0/cloud_registry.json";

/**
 * Reads the demo backend configuration from the environment: the sandbox at `SANDBOX_URL` by default; real
 * Airbyte (`https://api.airbyte.ai`, the public registry) when `AIRBYTE_CLIENT_ID` is set and `SANDBOX_URL` is not.
 */
export function readBackendConfig(env: NodeJS.ProcessEnv = process.env): DemoBackendConfig {
  const real = Boolean(env.AIRBYTE_CLIENT_ID) && !env.SANDBOX_URL;
  const sandboxUrl = (env.SANDBOX_URL ?? "http://127.0.0.1:8787").replace(/\/$/, "");
  const apiUrl = real ? AIRBYTE_API : sandboxUrl;
  return {
    operatorApiUrl: (env.AIRBYTE_OPERATOR_API_URL ?? apiUrl).replace(/\/$/, ""),
    embeddedApiUrl: (env.AIRBYTE_EMBEDDED_API_URL ?? apiUrl).replace(/\/$/, ""),
    registryUrl:
      env.AIRBYTE_REGISTRY_URL ??
      (real ? AIRBYTE_REGISTRY : `${sandboxUrl}/registries/v0/cloud_registry.json`),
    clientId: env.AIRBYTE_CLIENT_ID ?? env.SANDBOX_CLIENT_ID ?? "sandbox-client",
    clientSecret: env.AIRBYTE_CLIENT_SECRET ?? env.SANDBOX_CLIENT_SECRET ?? "sandbox-secret",
    tokenKind: env.AIRBYTE_TOKEN_KIND === "widget" ? "widget" : "scoped",
    flavour: env.AIRBYTE_API_FLAVOUR ?? "agent-api",
  };
}

async function postJson(url: string, body: unknown, bearer?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    // Never forward the upstream body: it may echo credentials.
    throw new Error(`${new URL(url).pathname} answered HTTP ${response.status}`);
  }
  return response.json();
}

/**
 * Gets a token for one end user, server side (the client secret stays here): an operator token from the client
 * credentials, then a scoped token for the end user's workspace (`workspace_name` = the demo's user id), or a
 * widget token for the page's origin when `tokenKind` is `widget`.
 */
export async function fetchEndUserToken(
  config: DemoBackendConfig,
  user: { workspaceName: string; allowedOrigin: string },
): Promise<string> {
  const base = `${config.operatorApiUrl}/api/v1/account/applications`;
  const operator = (await postJson(`${base}/token`, {
    client_id: config.clientId,
    client_secret: config.clientSecret,
  })) as { access_token?: unknown };
  if (typeof operator.access_token !== "string")
    throw new Error("The operator token response had no access_token");
  const issued = (await postJson(
    config.tokenKind === "widget" ? `${base}/widget-token` : `${base}/scoped-token`,
    config.tokenKind === "widget"
      ? { workspace_name: user.workspaceName, allowed_origin: user.allowedOrigin }
      : { workspace_name: user.workspaceName },
    operator.access_token,
  )) as { token?: unknown };
  if (typeof issued.token !== "string") throw new Error("The token response had no token");
  return issued.token;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify(body));
}

function originOf(req: IncomingMessage): string {
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "null") return origin;
  return `http://${req.headers.host ?? "localhost"}`;
}

const USER_ID = /^[A-Za-z0-9._@-]{1,64}$/;

/**
 * The demo's tiny backend: `GET /api/config` and `POST /api/token` (alias `/api/widget-token`), mounted in Vite's
 * dev and preview servers.
 */
export function demoBackend(config: DemoBackendConfig = readBackendConfig()): Plugin {
  const handle = async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? "/", "http://demo.local");
    if (url.pathname === "/api/config" && req.method === "GET") {
      send(res, 200, {
        embeddedApiUrl: config.embeddedApiUrl,
        registryUrl: config.registryUrl,
        flavour: config.flavour,
      });
      return;
    }
    if ((url.pathname === "/api/token" || url.pathname === "/api/widget-token") && req.method === "POST") {
      const workspaceName = url.searchParams.get("user") ?? "demo-user";
      if (!USER_ID.test(workspaceName)) {
        send(res, 400, { error: "user must be 1-64 letters, digits or . _ @ -" });
        return;
      }
      try {
        const token = await fetchEndUserToken(config, { workspaceName, allowedOrigin: originOf(req) });
        send(res, 200, { token });
      } catch (error) {
        send(res, 502, {
          error: `Could not get a token: ${error instanceof Error ? error.message : "unknown error"}`,
        });
      }
      return;
    }
    next();
  };
  return {
    name: "credential-form-demo-backend",
    configureServer(server) {
      server.middlewares.use((req, res, next) => void handle(req, res, next));
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => void handle(req, res, next));
    },
  };
}
