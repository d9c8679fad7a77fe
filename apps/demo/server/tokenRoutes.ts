import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";

/** Where the demo's backend gets widget tokens: the local sandbox by default, or real Airbyte via env. */
export interface DemoBackendConfig {
  /** Base URL of the operator API (`POST /v1/applications/token`, `POST /v1/embedded/widget_token`). */
  operatorApiUrl: string;
  /** Base URL the browser calls with the widget token (source templates, create source). */
  embeddedApiUrl: string;
  /** Connector registry URL the browser loads specs from. */
  registryUrl: string;
  clientId: string;
  clientSecret: string;
  organizationId: string;
  /** Create-source endpoint flavour (`partial-user-configs`, `embedded-sources`, `integrations`). */
  flavour: string;
}

/** Reads the demo backend configuration from the environment (sandbox defaults). */
export function readBackendConfig(env: NodeJS.ProcessEnv = process.env): DemoBackendConfig {
  const sandboxUrl = (env.SANDBOX_URL ?? "http://127.0.0.1:8787").replace(/\/$/, "");
  const operatorApiUrl = (env.AIRBYTE_OPERATOR_API_URL ?? sandboxUrl).replace(/\/$/, "");
  return {
    operatorApiUrl,
    embeddedApiUrl: (env.AIRBYTE_EMBEDDED_API_URL ?? sandboxUrl).replace(/\/$/, ""),
    registryUrl: env.AIRBYTE_REGISTRY_URL ?? `${sandboxUrl}/registries/v0/cloud_registry.json`,
    clientId: env.AIRBYTE_CLIENT_ID ?? env.SANDBOX_CLIENT_ID ?? "sandbox-client",
    clientSecret: env.AIRBYTE_CLIENT_SECRET ?? env.SANDBOX_CLIENT_SECRET ?? "sandbox-secret",
    organizationId: env.AIRBYTE_ORGANIZATION_ID ?? "demo-organization",
    flavour: env.AIRBYTE_API_FLAVOUR ?? "partial-user-configs",
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

/** Asks the operator API for a widget token for one end user (server side: the secret stays here). */
export async function fetchWidgetToken(
  config: DemoBackendConfig,
  user: { externalUserId: string; allowedOrigin: string },
): Promise<string> {
  const operator = (await postJson(`${config.operatorApiUrl}/v1/applications/token`, {
    client_id: config.clientId,
    client_secret: config.clientSecret,
  })) as { access_token?: unknown };
  if (typeof operator.access_token !== "string")
    throw new Error("The operator token response had no access_token");
  const widget = (await postJson(
    `${config.operatorApiUrl}/v1/embedded/widget_token`,
    {
      externalUserId: user.externalUserId,
      organizationId: config.organizationId,
      allowedOrigin: user.allowedOrigin,
    },
    operator.access_token,
  )) as { token?: unknown };
  if (typeof widget.token !== "string") throw new Error("The widget token response had no token");
  return widget.token;
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

/** The demo's tiny backend: `GET /api/config` and `POST /api/widget-token`, mounted in Vite's dev and preview servers. */
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
    if (url.pathname === "/api/widget-token" && req.method === "POST") {
      const externalUserId = url.searchParams.get("user") ?? "demo-user";
      if (!USER_ID.test(externalUserId)) {
        send(res, 400, { error: "user must be 1-64 letters, digits or . _ @ -" });
        return;
      }
      try {
        const token = await fetchWidgetToken(config, { externalUserId, allowedOrigin: originOf(req) });
        send(res, 200, { token });
      } catch (error) {
        send(res, 502, {
          error: `Could not get a widget token: ${error instanceof Error ? error.message : "unknown error"}`,
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
