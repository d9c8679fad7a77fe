import type { SandboxServer } from "../node/startSandboxServer.js";

/** The claims part of a JWT, decoded without verification (tests only). */
export function jwtClaims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
}

/** A widget token as a test sees it. */
export interface TestWidgetToken {
  token: string;
  jwt: string;
  widgetUrl: string;
  claims: Record<string, unknown>;
  workspaceId: string;
}

/** Small HTTP client over a running sandbox. */
export function client(server: SandboxServer) {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(server.url + path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });
  const operatorToken = async (): Promise<string> => {
    const response = await post("/v1/applications/token", {
      client_id: "sandbox-client",
      client_secret: "sandbox-secret",
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const widgetToken = async (
    externalUserId = "user-1",
    allowedOrigin = "https://app.test",
    organizationId = "org-1",
    headers: Record<string, string> = {},
  ): Promise<TestWidgetToken> => {
    const response = await post(
      "/v1/embedded/widget_token",
      { externalUserId, organizationId, allowedOrigin },
      { authorization: `Bearer ${await operatorToken()}`, ...headers },
    );
    if (response.status !== 200) throw new Error(`widget_token: HTTP ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    const envelope = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as {
      token: string;
      widgetUrl: string;
    };
    const claims = jwtClaims(envelope.token);
    const scope = claims["io.airbyte.auth.workspace_scope"] as { workspaceId: string };
    return {
      token,
      jwt: envelope.token,
      widgetUrl: envelope.widgetUrl,
      claims,
      workspaceId: scope.workspaceId,
    };
  };
  return { post, get, operatorToken, widgetToken };
}

// biome-ignore lint/suspicious/noExplicitAny: the tests read deep into JSON answers they have just asserted on.
export type Json = Record<string, any>;

/** One JSON request: method, path under the base URL, bearer token, JSON body and extra headers. */
export type JsonCall = (
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: Json; headers: Headers }>;

/**
 * A {@link JsonCall} against `baseUrl`, sent with `send` (`fetch` for a running server, `sandbox.handle` for the
 * emulator in process); the answer's body is parsed JSON, or null when empty.
 */
export function jsonCaller(baseUrl: string, send: (request: Request) => Promise<Response> = fetch): JsonCall {
  return async (method, path, token, body, headers = {}) => {
    const response = await send(
      new Request(baseUrl + path, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  };
}
