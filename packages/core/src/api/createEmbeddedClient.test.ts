// @vitest-environment node
import { makeWidgetToken, rejectionOf } from "@credential-form/test-utils";
import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTokenProvider } from "../token/createTokenProvider.js";
import { decodeWidgetToken } from "../token/decodeWidgetToken.js";
import { TokenError } from "../token/TokenError.js";
import { CredentialApiError } from "./CredentialApiError.js";
import { createEmbeddedClient } from "./createEmbeddedClient.js";
import { flavours } from "./flavours.js";

const BASE = "https://api.test.invalid";
/** These tests pin the transport (retries, timeouts, errors) over the first generation's endpoints. */
const LEGACY = "partial-user-configs";
const WORKSPACE = "0c2f9e61-3b7a-4a3e-9d55-6f1b2a7c8d90";
const SECRET = "sk_live_9f8e7d6c5b4a";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Seen {
  method: string;
  url: URL;
  auth: string | null;
  body: unknown;
}

function record(seen: Seen[], respond: () => Response | Promise<Response>) {
  return async ({ request }: { request: Request }) => {
    const text = await request.text();
    seen.push({
      method: request.method,
      url: new URL(request.url),
      auth: request.headers.get("authorization"),
      body: text ? JSON.parse(text) : null,
    });
    return respond();
  };
}

function tokenFor(user: string) {
  return makeWidgetToken({ workspaceId: WORKSPACE, externalUserId: user });
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, CredentialApiError);

const CONFIG = { credentials: { api_key: SECRET }, start_date: "2024-01-01T00:00:00Z" };

describe("createEmbeddedClient.createSource", () => {
  it("speaks the partial-user-configs flavour with the token's workspace and a bearer JWT", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/api/v1/embedded/partial_user_configs/`,
        record(seen, () =>
          HttpResponse.json({ id: "puc-1", source_definition_id: "def-1" }, { status: 201 }),
        ),
      ),
    );
    const raw = tokenFor("u1");
    const client = createEmbeddedClient({ token: raw, baseUrl: `${BASE}/`, flavour: LEGACY });
    const created = await client.createSource({ templateId: "tpl-1", config: CONFIG });
    expect(created).toEqual({
      id: "puc-1",
      name: null,
      sourceDefinitionId: "def-1",
      raw: { id: "puc-1", source_definition_id: "def-1" },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.auth).toBe(`Bearer ${decodeWidgetToken(raw).jwt}`);
    expect(seen[0]?.body).toEqual({
      workspace_id: WORKSPACE,
      source_config_template_id: "tpl-1",
      connection_configuration: CONFIG,
    });
    expect(client.flavour).toBe(flavours["partial-user-configs"]);
    expect(createEmbeddedClient({ token: raw }).flavour).toBe(flavours["agent-api"]);
  });

  it("sends the embedded-sources body", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/api/v1/embedded/sources`,
        record(seen, () => HttpResponse.json({ id: "src-1", name: "My Stripe" })),
      ),
    );
    const client = createEmbeddedClient({
      token: tokenFor("u1"),
      baseUrl: BASE,
      flavour: "embedded-sources",
    });
    const created = await client.createSource({
      workspaceId: "ws-2",
      templateId: "tpl-2",
      config: CONFIG,
      name: "My Stripe",
    });
    expect(created).toMatchObject({ id: "src-1", name: "My Stripe" });
    expect(seen[0]?.body).toEqual({
      workspace_id: "ws-2",
      source_template_id: "tpl-2",
      source_config: CONFIG,
      name: "My Stripe",
    });
  });

  it("accepts a custom flavour", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/custom`,
        record(seen, () => HttpResponse.json({ ok: true })),
      ),
    );
    const client = createEmbeddedClient({
      token: tokenFor("u1"),
      baseUrl: BASE,
      flavour: {
        ...flavours["embedded-sources"],
        name: "custom",
        path: "/custom",
        buildBody: (i) => ({ t: i.templateId }),
        parseResponse: () => ({ id: "c", name: null, sourceDefinitionId: null, raw: null }),
      },
    });
    expect((await client.createSource({ templateId: "t", config: {} })).id).toBe("c");
    expect(seen[0]?.body).toEqual({ t: "t" });
  });

  it("on 401 invalidates the token and retries once with a fresh one", async () => {
    const seen: Seen[] = [];
    let n = 0;
    server.use(
      http.post(
        `${BASE}/api/v1/embedded/partial_user_configs/`,
        record(seen, () =>
          ++n === 1 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ id: "ok" }),
        ),
      ),
    );
    const getToken = vi.fn(async () => tokenFor(`user-${getToken.mock.calls.length}`));
    const client = createEmbeddedClient({ token: getToken, baseUrl: BASE, flavour: LEGACY });
    await expect(client.createSource({ templateId: "t", config: CONFIG })).resolves.toMatchObject({
      id: "ok",
    });
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.auth).not.toBe(seen[1]?.auth);
  });

  it("retries a 401 only once, then reports unauthorized without the token", async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/api/v1/embedded/source-templates/:id`,
        record(seen, () => HttpResponse.json({ detail: "Invalid token" }, { status: 401 })),
      ),
    );
    const getToken = vi.fn(async () => tokenFor(`user-${getToken.mock.calls.length}`));
    const client = createEmbeddedClient({ token: getToken, baseUrl: BASE, flavour: LEGACY });
    const error = await errorOf(client.getSourceTemplate("tpl"));
    expect(error).toMatchObject({ code: "unauthorized", status: 401, message: "Invalid token" });
    expect(seen).toHaveLength(2);
    for (const s of seen) expect(error.message).not.toContain(s.auth?.slice(7, 30));
  });

  it("does not retry a 401 when the token cannot be refreshed (static string)", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/api/v1/embedded/partial_user_configs/`,
        record(seen, () => new HttpResponse("", { status: 401 })),
      ),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    expect((await errorOf(client.createSource({ templateId: "t", config: CONFIG }))).code).toBe(
      "unauthorized",
    );
    expect(seen).toHaveLength(1);
  });

  it("never retries a create on 5xx: one request, retryable error, request id kept", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/api/v1/embedded/partial_user_configs/`,
        record(
          seen,
          () =>
            new HttpResponse("<html><h1>502 Bad Gateway</h1></html>", {
              status: 502,
              headers: { "content-type": "text/html", "x-request-id": "rq-502" },
            }),
        ),
      ),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    const error = await errorOf(client.createSource({ templateId: "t", config: CONFIG }));
    expect(seen).toHaveLength(1);
    expect(error).toMatchObject({ code: "server", status: 502, retryable: true, requestId: "rq-502" });
    expect(error.message).toMatch(/HTTP 502.*Try again/);
  });

  it("never retries a create on a network error", async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/api/v1/embedded/partial_user_configs/`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    const error = await errorOf(client.createSource({ templateId: "t", config: CONFIG }));
    expect(calls).toBe(1);
    expect(error).toMatchObject({
      code: "network",
      status: null,
      retryable: true,
      message: "Airbyte could not be reached. Check your connection and try again.",
    });
  });

  it("times out with a clear error", async () => {
    server.use(
      http.post(`${BASE}/api/v1/embedded/partial_user_configs/`, async () => {
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const client = createEmbeddedClient({
      token: tokenFor("u"),
      baseUrl: BASE,
      timeoutMs: 60,
      flavour: LEGACY,
    });
    const error = await errorOf(client.createSource({ templateId: "t", config: CONFIG }));
    expect(error).toMatchObject({ code: "timeout", retryable: true, status: null });
    expect(error.message).toMatch(/did not answer/);
  });

  it("honours the caller's AbortSignal, before and during the request", async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/v1/embedded/source-templates`, async () => {
        calls++;
        await delay("infinite");
        return HttpResponse.json({ data: [] });
      }),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    const controller = new AbortController();
    const pending = client.listSourceTemplates({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await errorOf(pending)).toMatchObject({ code: "aborted", retryable: false });
    const already = AbortSignal.abort();
    const before = calls;
    expect((await errorOf(client.listSourceTemplates({ signal: already }))).code).toBe("aborted");
    expect(calls).toBe(before);
  });

  it("reports a non-JSON success body as bad_response, not a parse crash", async () => {
    server.use(
      http.post(
        `${BASE}/api/v1/embedded/partial_user_configs/`,
        () =>
          new HttpResponse("<html>maintenance</html>", {
            headers: { "content-type": "text/html; charset=utf-8" },
          }),
      ),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    const error = await errorOf(client.createSource({ templateId: "t", config: CONFIG }));
    expect(error).toMatchObject({ code: "bad_response", status: 200 });
    expect(error.message).toBe("Airbyte answered with something that is not JSON (text/html, HTTP 200).");
    server.use(
      http.post(`${BASE}/api/v1/embedded/partial_user_configs/`, () => HttpResponse.json({ nothing: true })),
    );
    expect((await errorOf(client.createSource({ templateId: "t", config: CONFIG }))).code).toBe(
      "bad_response",
    );
  });

  it("keeps config secrets and the token out of errors even when the server echoes them", async () => {
    const raw = tokenFor("u");
    const jwt = decodeWidgetToken(raw).jwt;
    server.use(
      http.post(`${BASE}/api/v1/embedded/partial_user_configs/`, () =>
        HttpResponse.json(
          {
            detail: [
              {
                loc: ["body", "connection_configuration", "credentials", "api_key"],
                msg: `Invalid key ${SECRET} for bearer ${jwt}`,
                input: SECRET,
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const client = createEmbeddedClient({ token: raw, baseUrl: BASE, flavour: LEGACY });
    const error = await errorOf(client.createSource({ templateId: "t", config: CONFIG }));
    expect(error.fieldErrors).toEqual([
      { path: "/credentials/api_key", message: "Invalid key [redacted] for bearer [redacted]" },
    ]);
    expect(error.message).toBe("The server rejected 1 field.");
    const everything = JSON.stringify({
      m: error.message,
      f: error.fieldErrors,
      r: error.requestId,
      c: String(error.cause),
      s: error.stack,
    });
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(jwt);
  });

  it("uses explicit secrets when given", async () => {
    server.use(
      http.post(`${BASE}/api/v1/embedded/partial_user_configs/`, () =>
        HttpResponse.json({ detail: "pin 123 rejected" }, { status: 400 }),
      ),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    const error = await errorOf(
      client.createSource({ templateId: "t", config: { pin: "123" }, secrets: ["123"] }),
    );
    expect(error.message).toBe("pin [redacted] rejected");
  });

  it("surfaces token problems as TokenError", async () => {
    const client = createEmbeddedClient({
      token: async () => Promise.reject(new Error("backend down")),
      baseUrl: BASE,
      flavour: LEGACY,
    });
    await expect(client.createSource({ templateId: "t", config: {} })).rejects.toBeInstanceOf(TokenError);
  });
});

describe("createEmbeddedClient source templates", () => {
  it("lists templates for the token's workspace and normalises them", async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(
        `${BASE}/api/v1/embedded/source-templates`,
        record(seen, () =>
          HttpResponse.json({
            data: [
              { id: "t1", name: "Stripe", icon: "https://x/icon.svg" },
              { id: "t2", name: "Faker", icon: "" },
            ],
          }),
        ),
      ),
    );
    const provider = createTokenProvider(tokenFor("u"));
    const client = createEmbeddedClient({ token: provider, baseUrl: BASE, flavour: LEGACY });
    expect(client.tokenProvider).toBe(provider);
    expect(await client.listSourceTemplates()).toEqual([
      { id: "t1", name: "Stripe", icon: "https://x/icon.svg" },
      { id: "t2", name: "Faker", icon: null },
    ]);
    expect(seen[0]?.url.searchParams.get("workspace_id")).toBe(WORKSPACE);
    await client.listSourceTemplates({ workspaceId: "other ws" });
    expect(seen[1]?.url.searchParams.get("workspace_id")).toBe("other ws");
  });

  it("loads one template in camelCase", async () => {
    const seen: Seen[] = [];
    const spec = { type: "object", properties: { api_key: { type: "string", airbyte_secret: true } } };
    server.use(
      http.get(
        `${BASE}/api/v1/embedded/source-templates/:id`,
        record(seen, () =>
          HttpResponse.json({
            id: "t/1",
            name: "Stripe",
            icon: null,
            source_definition_id: "e094cb9a-26de-4645-8761-65c0c425d1de",
            partial_default_config: { start_date: "2020-01-01" },
            user_config_spec: spec,
          }),
        ),
      ),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    expect(await client.getSourceTemplate("t/1")).toEqual({
      id: "t/1",
      name: "Stripe",
      icon: null,
      sourceDefinitionId: "e094cb9a-26de-4645-8761-65c0c425d1de",
      partialDefaultConfig: { start_date: "2020-01-01" },
      userConfigSpec: spec,
    });
    expect(seen[0]?.url.pathname).toBe("/api/v1/embedded/source-templates/t%2F1");
  });

  it("rejects a template without source_definition_id and a list without data", async () => {
    server.use(
      http.get(`${BASE}/api/v1/embedded/source-templates/:id`, () => HttpResponse.json({ id: "t" })),
      http.get(`${BASE}/api/v1/embedded/source-templates`, () => HttpResponse.json({ items: [] })),
    );
    const client = createEmbeddedClient({ token: tokenFor("u"), baseUrl: BASE, flavour: LEGACY });
    expect((await errorOf(client.getSourceTemplate("t"))).code).toBe("bad_response");
    expect((await errorOf(client.listSourceTemplates())).code).toBe("bad_response");
  });
});
