// @vitest-environment node
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { getSource } from "@credential-form/test-utils";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { client, jwtClaims } from "../__tests__/helpers.js";
import { connectorIcon } from "../connectorIcon.js";
import type { RequestLogEntry } from "../createSandbox.js";
import { seedTemplates } from "../seedTemplates.js";
import { type SandboxServer, startSandboxServer } from "./startSandboxServer.js";

const SIGNING_SECRET = "test-signing-secret";
const GITHUB = seedTemplates.find((t) => t.name === "GitHub")!;
const HELLOBATON = seedTemplates.find((t) => t.name === "Hellobaton")!;
const HUBSPOT = seedTemplates.find((t) => t.name === "HubSpot")!;
const CLICKHOUSE = seedTemplates.find((t) => t.name === "ClickHouse")!;
const SECRET_TOKEN = "ghp_superSecretValue123";

let server: SandboxServer;
let api: ReturnType<typeof client>;
let skewMs = 0;
const logs: RequestLogEntry[] = [];

beforeAll(async () => {
  server = await startSandboxServer({
    port: 0,
    signingSecret: SIGNING_SECRET,
    allowedOrigins: ["https://configured.test"],
    now: () => Date.now() + skewMs,
    log: (entry) => logs.push(entry),
  });
  api = client(server);
});
afterAll(() => server.close());
afterEach(() => {
  skewMs = 0;
  server.sandbox.faults.clear();
});

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

function githubBody(workspaceId: string, token = SECRET_TOKEN) {
  return {
    workspace_id: workspaceId,
    source_template_id: GITHUB.id,
    name: "My GitHub",
    source_config: { credentials: { personal_access_token: token }, repositories: ["airbytehq/airbyte"] },
  };
}

describe("operator token", () => {
  it("exchanges the operator credentials for an access token", async () => {
    const response = await api.post("/v1/applications/token", {
      client_id: "sandbox-client",
      client_secret: "sandbox-secret",
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect(jwtClaims(String(body.access_token))).toMatchObject({
      sub: "sandbox-client",
      aud: "airbyte-server",
    });
  });

  it("refuses wrong credentials (401) and incomplete bodies (422)", async () => {
    const wrong = await api.post("/v1/applications/token", {
      client_id: "sandbox-client",
      client_secret: "nope",
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ detail: "Invalid client credentials" });
    const missing = await api.post("/v1/applications/token", { client_id: 3 });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      detail: [
        { loc: ["body", "client_id"], msg: "Input should be a valid string", type: "string_type" },
        { loc: ["body", "client_secret"], msg: "Field required", type: "missing" },
      ],
    });
  });
});

describe("widget token", () => {
  it("has Airbyte's envelope, widgetUrl and exact claims, HS256-signed with the sandbox secret", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { token, jwt, widgetUrl, claims, workspaceId } = await api.widgetToken(
      "alice",
      "https://app.test",
      "org-1",
    );
    const after = Math.floor(Date.now() / 1000);
    expect(token).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Object.keys(JSON.parse(Buffer.from(token, "base64").toString("utf8"))).sort()).toEqual([
      "token",
      "widgetUrl",
    ]);
    expect(workspaceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(widgetUrl).toBe(
      `${server.url}/embedded-widget?workspaceId=${workspaceId}&allowedOrigin=https%3A%2F%2Fapp.test`,
    );
    expect(Object.keys(claims).sort()).toEqual(
      ["act", "aud", "exp", "io.airbyte.auth.workspace_scope", "iss", "roles", "sub", "typ"].sort(),
    );
    expect(claims).toMatchObject({
      aud: "airbyte-server",
      roles: ["EMBEDDED_END_USER"],
      iss: server.url,
      typ: "io.airbyte.auth.embedded_v1",
      "io.airbyte.auth.workspace_scope": { workspaceId },
    });
    expect(typeof claims.sub).toBe("string");
    expect(typeof (claims.act as { sub: unknown }).sub).toBe("string");
    // 20 minutes from when it was minted, however long the request took on a loaded machine.
    expect(Number(claims.exp)).toBeGreaterThanOrEqual(before + 1200);
    expect(Number(claims.exp)).toBeLessThanOrEqual(after + 1200);
    const [header, payload, signature] = jwt.split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({
      alg: "HS256",
      typ: "JWT",
    });
    const expected = createHmac("sha256", SIGNING_SECRET).update(`${header}.${payload}`).digest("base64url");
    expect(signature).toBe(expected);
  });

  it("keeps one stable workspace per (organization, external user)", async () => {
    const a1 = await api.widgetToken("stable-user", "https://app.test", "org-1");
    const a2 = await api.widgetToken("stable-user", "https://app.test", "org-1");
    const b = await api.widgetToken("other-user", "https://app.test", "org-1");
    const c = await api.widgetToken("stable-user", "https://app.test", "org-2");
    expect(a2.workspaceId).toBe(a1.workspaceId);
    expect(new Set([a1.workspaceId, b.workspaceId, c.workspaceId]).size).toBe(3);
    const stored = (await server.sandbox.store.list("workspaces")).filter(
      (w) => w.workspace_id === a1.workspaceId,
    );
    expect(stored).toEqual([
      expect.objectContaining({ organization_id: "org-1", external_user_id: "stable-user" }),
    ]);
  });

  it("needs an operator token and a valid body", async () => {
    const body = { externalUserId: "u", organizationId: "o", allowedOrigin: "https://app.test" };
    expect((await api.post("/v1/embedded/widget_token", body)).status).toBe(401);
    const user = await api.widgetToken();
    const asUser = await api.post("/v1/embedded/widget_token", body, bearer(user.jwt));
    expect(asUser.status).toBe(403);
    const operator = await api.operatorToken();
    const bad = await api.post(
      "/v1/embedded/widget_token",
      { organizationId: "o", allowedOrigin: "javascript:alert(1)" },
      bearer(operator),
    );
    expect(bad.status).toBe(422);
    const detail = ((await bad.json()) as { detail: { loc: unknown[] }[] }).detail.map((d) => d.loc);
    expect(detail).toEqual([
      ["body", "externalUserId"],
      ["body", "allowedOrigin"],
    ]);
  });

  it("honours x-sandbox-token-ttl for short-lived tokens", async () => {
    const { claims } = await api.widgetToken("ttl-user", "https://app.test", "org-1", {
      "x-sandbox-token-ttl": "5",
    });
    expect(Number(claims.exp) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(5);
  });
});

describe("source templates", () => {
  it("lists the seeded templates as {id, name, icon}", async () => {
    const { jwt } = await api.widgetToken();
    const response = await api.get("/api/v1/embedded/source-templates", bearer(jwt));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: Record<string, unknown>[] };
    expect(data.length).toBeGreaterThanOrEqual(seedTemplates.length);
    for (const seed of seedTemplates) {
      const row = data.find((t) => t.id === seed.id);
      expect(Object.keys(row ?? {}).sort()).toEqual(["icon", "id", "name"]);
    }
    expect(data.find((t) => t.id === GITHUB.id)?.icon).toBe(connectorIcon("airbyte/source-github", "GitHub"));
  });

  it("returns a template's detail; operator secrets in defaults are masked", async () => {
    const { jwt } = await api.widgetToken();
    const github = await (
      await api.get(`/api/v1/embedded/source-templates/${GITHUB.id}`, bearer(jwt))
    ).json();
    expect(github).toEqual({
      id: GITHUB.id,
      name: "GitHub",
      icon: connectorIcon("airbyte/source-github", "GitHub"),
      source_definition_id: getSource("airbyte/source-github").sourceDefinitionId,
      partial_default_config: GITHUB.partial_default_config,
    });
    const hubspot = (await (
      await api.get(`/api/v1/embedded/source-templates/${HUBSPOT.id}`, bearer(jwt))
    ).json()) as {
      partial_default_config: { credentials: Record<string, string> };
    };
    expect(hubspot.partial_default_config.credentials).toEqual({
      credentials_title: "OAuth Credentials",
      client_id: "sandbox-hubspot-client-id",
      client_secret: "**********",
    });
    expect((await api.get("/api/v1/embedded/source-templates/nope", bearer(jwt))).status).toBe(404);
    expect((await api.get(`/api/v1/embedded/source-templates/${GITHUB.id}`)).status).toBe(401);
  });

  it("refuses listing for another workspace (403)", async () => {
    const alice = await api.widgetToken("alice");
    const bob = await api.widgetToken("bob");
    const response = await api.get(
      `/api/v1/embedded/source-templates?workspace_id=${bob.workspaceId}`,
      bearer(alice.jwt),
    );
    expect(response.status).toBe(403);
  });

  it("lets the operator add a template over a real connector, validating its defaults", async () => {
    const operator = await api.operatorToken();
    const created = await api.post(
      "/api/v1/embedded/source-templates",
      {
        name: "Twilio (sandbox)",
        docker_repository: "airbyte/source-twilio",
        partial_default_config: { lookback_window: 0 },
      },
      bearer(operator),
    );
    expect(created.status).toBe(201);
    const template = (await created.json()) as { id: string; source_definition_id: string };
    expect(template.source_definition_id).toBe(getSource("airbyte/source-twilio").sourceDefinitionId);
    const { jwt } = await api.widgetToken();
    const list = (await (await api.get("/api/v1/embedded/source-templates", bearer(jwt))).json()) as {
      data: { id: string }[];
    };
    expect(list.data.map((t) => t.id)).toContain(template.id);

    const duplicate = await api.post(
      "/api/v1/embedded/source-templates",
      { id: template.id, name: "again", docker_repository: "airbyte/source-twilio" },
      bearer(operator),
    );
    expect(duplicate.status).toBe(409);
    const wrongType = await api.post(
      "/api/v1/embedded/source-templates",
      {
        name: "bad",
        docker_repository: "airbyte/source-clickhouse",
        partial_default_config: { port: "eighty" },
      },
      bearer(operator),
    );
    expect(wrongType.status).toBe(422);
    expect(await wrongType.json()).toEqual({
      detail: [
        {
          loc: ["body", "partial_default_config", "port"],
          msg: "Input should be a valid integer",
          type: "int_type",
        },
      ],
    });
    const unknown = await api.post(
      "/api/v1/embedded/source-templates",
      { name: "x", docker_repository: "airbyte/source-nope" },
      bearer(operator),
    );
    expect(unknown.status).toBe(422);
    const asUser = await api.post(
      "/api/v1/embedded/source-templates",
      { name: "x", docker_repository: "airbyte/source-twilio" },
      bearer(jwt),
    );
    expect(asUser.status).toBe(403);
  });
});

describe("create source", () => {
  it("creates through /api/v1/embedded/sources: merged defaults stored, secrets masked in the answer", async () => {
    const { jwt, workspaceId } = await api.widgetToken("creator");
    const response = await api.post("/api/v1/embedded/sources", githubBody(workspaceId), bearer(jwt));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(SECRET_TOKEN);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      [
        "configuration",
        "created_at",
        "id",
        "name",
        "source_definition_id",
        "source_template_id",
        "workspace_id",
      ].sort(),
    );
    expect(body).toMatchObject({
      name: "My GitHub",
      workspace_id: workspaceId,
      source_template_id: GITHUB.id,
      source_definition_id: getSource("airbyte/source-github").sourceDefinitionId,
      configuration: {
        credentials: { option_title: "PAT Credentials", personal_access_token: "**********" },
        repositories: ["airbytehq/airbyte"],
        api_url: "https://api.github.com/",
      },
    });
    const stored = (await server.sandbox.store.list("sources")).find((s) => s.id === body.id);
    expect(stored?.configuration).toEqual({
      credentials: { option_title: "PAT Credentials", personal_access_token: SECRET_TOKEN },
      repositories: ["airbytehq/airbyte"],
      api_url: "https://api.github.com/",
    });
  });

  it("creates through /api/v1/embedded/partial_user_configs/ (name defaults to the template's)", async () => {
    const { jwt, workspaceId } = await api.widgetToken("partial");
    const response = await api.post(
      "/api/v1/embedded/partial_user_configs/",
      {
        workspace_id: workspaceId,
        source_config_template_id: HELLOBATON.id,
        connection_configuration: { api_key: "hb-secret-key", company: "acme" },
      },
      bearer(jwt),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: "Hellobaton",
      source_template_id: HELLOBATON.id,
      configuration: { api_key: "**********", company: "acme" },
    });
  });

  it("creates through /api/v1/integrations/connectors for the workspace named like the token's end user", async () => {
    const { jwt } = await api.widgetToken("integration-user");
    const config = {
      host: "db.example.com",
      database: "default",
      username: "reader",
      password: "pw-secret",
    };
    const body = { source_template_id: CLICKHOUSE.id, replication_config: config, name: "CH" };
    const plain = await api.post(
      "/api/v1/integrations/connectors",
      { ...body, workspace_name: "integration-user" },
      bearer(jwt),
    );
    expect(plain.status).toBe(200);
    expect(await plain.json()).toMatchObject({
      name: "CH",
      source_template: { id: CLICKHOUSE.id },
      replication_config: {
        port: 8123,
        ssl: true,
        tunnel_method: { tunnel_method: "NO_TUNNEL" },
        password: "**********",
      },
    });
    const byName = await api.post(
      "/api/v1/integrations/connectors",
      { ...body, workspace_name: "someone-else" },
      bearer(jwt),
    );
    expect(byName.status).toBe(403);
    const asOperator = await api.post(
      "/api/v1/integrations/connectors",
      { ...body, workspace_name: "integration-user" },
      bearer(await api.operatorToken()),
    );
    expect(asOperator.status).toBe(200);
  });

  it("accepts every seeded template's example input, in every flavour", async () => {
    const { jwt, workspaceId } = await api.widgetToken("examples");
    const flavours = [
      (id: string, config: unknown) => [
        "/api/v1/embedded/sources",
        { workspace_id: workspaceId, source_template_id: id, source_config: config },
      ],
      (id: string, config: unknown) => [
        "/api/v1/embedded/partial_user_configs/",
        { workspace_id: workspaceId, source_config_template_id: id, connection_configuration: config },
      ],
      (id: string, config: unknown) => [
        "/api/v1/integrations/connectors",
        { workspace_name: "examples", source_template_id: id, replication_config: config },
      ],
    ] as const;
    for (const [i, seed] of seedTemplates.entries()) {
      const [path, body] = flavours[i % 3]!(seed.id, seed.example_user_config);
      const response = await api.post(path as string, body, bearer(jwt));
      expect(response.status, `${seed.name}: ${await response.clone().text()}`).toBe(200);
    }
  });

  it("answers 422 in FastAPI shape with loc paths into the real spec", async () => {
    const { jwt, workspaceId } = await api.widgetToken("invalid");
    const empty = await api.post(
      "/api/v1/embedded/partial_user_configs/",
      { workspace_id: workspaceId, source_config_template_id: HELLOBATON.id, connection_configuration: {} },
      bearer(jwt),
    );
    expect(empty.status).toBe(422);
    expect(await empty.json()).toEqual({
      detail: [
        { loc: ["body", "connection_configuration", "api_key"], msg: "Field required", type: "missing" },
        { loc: ["body", "connection_configuration", "company"], msg: "Field required", type: "missing" },
      ],
    });

    const github = await api.post(
      "/api/v1/embedded/sources",
      {
        workspace_id: workspaceId,
        source_template_id: GITHUB.id,
        source_config: { credentials: {}, repositories: ["not a repo"], start_date: "yesterday" },
      },
      bearer(jwt),
    );
    expect(github.status).toBe(422);
    const detail = ((await github.json()) as { detail: { loc: unknown[]; type: string }[] }).detail;
    const locs = detail.map((d) => d.loc.join("."));
    // The PAT option is selected by its const discriminator: no noise from the OAuth option.
    expect(locs).toContain("body.source_config.credentials.personal_access_token");
    expect(locs).not.toContain("body.source_config.credentials.access_token");
    expect(locs).toContain("body.source_config.repositories.0");
    expect(locs).toContain("body.source_config.start_date");
    expect(detail.find((d) => d.loc.join(".") === "body.source_config.repositories.0")?.loc[3]).toBe(0);

    const wrongType = await api.post(
      "/api/v1/integrations/connectors",
      {
        workspace_name: "invalid",
        source_template_id: CLICKHOUSE.id,
        replication_config: {
          host: "h",
          database: "d",
          username: "u",
          port: "abc",
          password: "hunter2-secret",
        },
      },
      bearer(jwt),
    );
    expect(wrongType.status).toBe(422);
    const wrongText = await wrongType.text();
    expect(wrongText).not.toContain("hunter2-secret");
    // The current API answers in its own shape, naming body fields.
    expect(JSON.parse(wrongText)).toEqual({
      message: "Invalid configuration",
      errors: [
        {
          field: "replication_config.port",
          message: "Input should be a valid integer",
          error_code: "int_type",
          details: null,
        },
      ],
    });
  });

  it("checks the request body itself (missing fields, wrong types, bad uuid, unknown template)", async () => {
    const { jwt, workspaceId } = await api.widgetToken("body-checks");
    const missing = await api.post("/api/v1/embedded/sources", { source_config: "nope" }, bearer(jwt));
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      detail: [
        { loc: ["body", "workspace_id"], msg: "Field required", type: "missing" },
        { loc: ["body", "source_template_id"], msg: "Field required", type: "missing" },
        { loc: ["body", "source_config"], msg: "Input should be a valid dictionary", type: "dict_type" },
      ],
    });
    const badUuid = await api.post(
      "/api/v1/embedded/sources",
      { ...githubBody(workspaceId), workspace_id: "ws-1" },
      bearer(jwt),
    );
    expect(((await badUuid.json()) as { detail: { type: string }[] }).detail[0]?.type).toBe("uuid_parsing");
    const array = await api.post("/api/v1/embedded/sources", [1, 2], bearer(jwt));
    expect(array.status).toBe(422);
    expect(await array.json()).toEqual({
      detail: [{ loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" }],
    });
    const unknown = await api.post(
      "/api/v1/embedded/sources",
      { ...githubBody(workspaceId), source_template_id: "nope" },
      bearer(jwt),
    );
    expect(unknown.status).toBe(404);
  });

  it("verifies the token: 401 missing, expired, tampered, foreign signature; 403 other workspace", async () => {
    const { jwt, workspaceId } = await api.widgetToken("auth-checks");
    const missing = await api.post("/api/v1/embedded/sources", githubBody(workspaceId));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");

    skewMs = 1201 * 1000;
    const expired = await api.post("/api/v1/embedded/sources", githubBody(workspaceId), bearer(jwt));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ detail: "Token has expired" });
    skewMs = 0;

    const [header, payload, signature] = jwt.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Record<string, unknown>;
    const other = await api.widgetToken("someone-else");
    claims["io.airbyte.auth.workspace_scope"] = { workspaceId: other.workspaceId };
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    const tamperedResponse = await api.post(
      "/api/v1/embedded/sources",
      githubBody(other.workspaceId),
      bearer(tampered),
    );
    expect(tamperedResponse.status).toBe(401);
    expect(await tamperedResponse.json()).toEqual({ detail: "Invalid token signature" });

    const foreignSignature = createHmac("sha256", "another-secret")
      .update(`${header}.${payload}`)
      .digest("base64url");
    const foreign = await api.post(
      "/api/v1/embedded/sources",
      githubBody(workspaceId),
      bearer(`${header}.${payload}.${foreignSignature}`),
    );
    expect(foreign.status).toBe(401);
    expect(
      (await api.post("/api/v1/embedded/sources", githubBody(workspaceId), bearer("garbage"))).status,
    ).toBe(401);

    const wrongWorkspace = await api.post(
      "/api/v1/embedded/sources",
      githubBody(other.workspaceId),
      bearer(jwt),
    );
    expect(wrongWorkspace.status).toBe(403);
    const listOther = await api.get(
      `/api/v1/embedded/sources?workspace_id=${other.workspaceId}`,
      bearer(jwt),
    );
    expect(listOther.status).toBe(403);
  });

  it("also accepts the base64 widget-token envelope as the Bearer", async () => {
    const { token, workspaceId } = await api.widgetToken("envelope");
    const response = await api.post("/api/v1/embedded/sources", githubBody(workspaceId), bearer(token));
    expect(response.status).toBe(200);
  });
});

describe("list sources", () => {
  it("lists the caller's own sources, masked; the operator sees any workspace", async () => {
    const alice = await api.widgetToken("lister-a");
    const bob = await api.widgetToken("lister-b");
    await api.post(
      "/api/v1/embedded/sources",
      githubBody(alice.workspaceId, "ghp_alice_secret"),
      bearer(alice.jwt),
    );
    await api.post(
      "/api/v1/embedded/sources",
      githubBody(bob.workspaceId, "ghp_bob_secret"),
      bearer(bob.jwt),
    );
    const response = await api.get("/api/v1/embedded/sources", bearer(alice.jwt));
    const text = await response.text();
    expect(text).not.toContain("ghp_alice_secret");
    const { data } = JSON.parse(text) as {
      data: { workspace_id: string; configuration: { credentials: unknown } }[];
    };
    expect(data).toHaveLength(1);
    expect(data[0]?.workspace_id).toBe(alice.workspaceId);
    expect(data[0]?.configuration.credentials).toEqual({
      option_title: "PAT Credentials",
      personal_access_token: "**********",
    });
    const operator = await api.operatorToken();
    const forBob = (await (
      await api.get(`/api/v1/embedded/sources?workspace_id=${bob.workspaceId}`, bearer(operator))
    ).json()) as {
      data: unknown[];
    };
    expect(forBob.data).toHaveLength(1);
  });
});

describe("registry", () => {
  function raw(path: string, headers: Record<string, string> = {}) {
    return new Promise<{
      status: number;
      headers: Record<string, string | string[] | undefined>;
      body: Buffer;
    }>((resolve, reject) => {
      const req = httpRequest(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("serves cloud_registry.json with an ETag, 304 on If-None-Match, gzip when accepted", async () => {
    const plain = await raw("/registries/v0/cloud_registry.json");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["access-control-allow-origin"]).toBe("*");
    const registry = JSON.parse(plain.body.toString("utf8")) as { sources: unknown[] };
    expect(registry.sources).toHaveLength(208);
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);

    const zipped = await raw("/registries/v0/cloud_registry.json", { "accept-encoding": "gzip, deflate" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);

    const notModified = await raw("/registries/v0/cloud_registry.json", { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
  });

  it("serves one source definition by id and by docker repository", async () => {
    // The sandbox serves its own offline icon in place of the CDN's.
    const github = {
      ...getSource("airbyte/source-github"),
      iconUrl: connectorIcon("airbyte/source-github", "GitHub"),
    };
    const byId = await api.get(`/registries/v0/sources/${github.sourceDefinitionId}.json`);
    expect(byId.status).toBe(200);
    expect(await byId.json()).toEqual(github);
    const byRepo = await api.get("/registries/v0/sources/by-repository/airbyte/source-github.json");
    expect(await byRepo.json()).toEqual(github);
    const missing = await api.get("/registries/v0/sources/by-repository/airbyte/source-nope.json");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/json");
  });
});

describe("CORS", () => {
  const preflight = (path: string, origin: string, method = "POST") =>
    fetch(server.url + path, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": method,
        "access-control-request-headers": "authorization, content-type",
      },
    });

  it("allows the token's allowedOrigin and configured origins, refuses others", async () => {
    const { jwt } = await api.widgetToken("cors-user", "https://app.test");
    const ok = await preflight("/api/v1/embedded/sources", "https://app.test");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://app.test");
    expect(ok.headers.get("access-control-allow-headers")).toContain("authorization");
    expect((await preflight("/api/v1/embedded/sources", "https://configured.test")).status).toBe(204);
    const evil = await preflight("/api/v1/embedded/sources", "https://evil.test");
    expect(evil.status).toBe(403);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();

    const allowed = await api.get("/api/v1/embedded/sources", { ...bearer(jwt), origin: "https://app.test" });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.test");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("x-request-id");
    const refused = await api.get("/api/v1/embedded/sources", {
      ...bearer(jwt),
      origin: "https://evil.test",
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("binds the origin to the token: another user's origin is refused", async () => {
    await api.widgetToken("cors-a", "https://a.test");
    const b = await api.widgetToken("cors-b", "https://b.test");
    const response = await api.get("/api/v1/embedded/sources", {
      ...bearer(b.jwt),
      origin: "https://a.test",
    });
    expect(response.status).toBe(403);
  });

  it("lets an expired token's page read the 401 (so it can refresh)", async () => {
    const { jwt } = await api.widgetToken("cors-expired", "https://app.test");
    skewMs = 2000 * 1000;
    const response = await api.get("/api/v1/embedded/sources", {
      ...bearer(jwt),
      origin: "https://app.test",
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.test");
  });

  it("gives operator endpoints no CORS at all; the registry is open to all", async () => {
    expect((await preflight("/v1/embedded/widget_token", "https://app.test")).status).toBe(403);
    const token = await api.post(
      "/v1/applications/token",
      { client_id: "sandbox-client", client_secret: "sandbox-secret" },
      { origin: "https://app.test" },
    );
    expect(token.headers.get("access-control-allow-origin")).toBeNull();
    const registry = await preflight("/registries/v0/cloud_registry.json", "https://anything.test", "GET");
    expect(registry.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("fault injection", () => {
  it("adds latency from the request header", async () => {
    const started = Date.now();
    const response = await api.get("/registries/v0/sources/by-repository/airbyte/source-github.json", {
      "x-sandbox-fault": "latency:300",
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("fails the next matching call with 500 (admin rule), then succeeds: exactly one source stored", async () => {
    const { jwt, workspaceId } = await api.widgetToken("fault-500", "https://app.test");
    const rule = await api.post("/__sandbox/faults", {
      match: "POST /api/v1/embedded/sources",
      fault: "500",
      times: 1,
    });
    expect(rule.status).toBe(201);
    const first = await api.post("/api/v1/embedded/sources", githubBody(workspaceId), {
      ...bearer(jwt),
      origin: "https://app.test",
    });
    expect(first.status).toBe(500);
    expect(first.headers.get("access-control-allow-origin")).toBe("https://app.test");
    expect(await first.json()).toEqual({ detail: "Internal Server Error (injected by the sandbox)" });
    const second = await api.post("/api/v1/embedded/sources", githubBody(workspaceId), bearer(jwt));
    expect(second.status).toBe(200);
    const list = (await (await api.get("/api/v1/embedded/sources", bearer(jwt))).json()) as {
      data: unknown[];
    };
    expect(list.data).toHaveLength(1);
  });

  it("answers 502 with an HTML body", async () => {
    const response = await api.get("/api/v1/embedded/source-templates", { "x-sandbox-fault": "502-html" });
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("502 Bad Gateway");
  });

  it("fails only the first call with 401-once", async () => {
    const { jwt } = await api.widgetToken("fault-401");
    const headers = { ...bearer(jwt), "x-sandbox-fault": "401-once" };
    const first = await api.get("/api/v1/embedded/sources", headers);
    expect(first.status).toBe(401);
    expect((await api.get("/api/v1/embedded/sources", headers)).status).toBe(200);
  });

  it("drops the connection, then serves the retry", async () => {
    await api.post("/__sandbox/faults", { match: "GET /api/v1/embedded/source-templates", fault: "drop" });
    const { jwt } = await api.widgetToken("fault-drop");
    await expect(api.get("/api/v1/embedded/source-templates", bearer(jwt))).rejects.toThrow();
    expect((await api.get("/api/v1/embedded/source-templates", bearer(jwt))).status).toBe(200);
  });

  it("answers malformed JSON with a 200", async () => {
    const response = await api.get("/api/v1/embedded/sources", { "x-sandbox-fault": "malformed-json" });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it("lists, validates and deletes rules; reset clears sources", async () => {
    const bad = await api.post("/__sandbox/faults", { match: "POST /x", fault: "teapot" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { detail: { loc: unknown[] }[] }).detail[0]?.loc).toEqual([
      "body",
      "fault",
    ]);
    await api.post("/__sandbox/faults", { match: "GET /nowhere", fault: "latency:10", times: 0 });
    const listed = (await (await api.get("/__sandbox/faults")).json()) as {
      data: { remaining: number | null }[];
    };
    expect(listed.data).toEqual([expect.objectContaining({ match: "GET /nowhere", remaining: null })]);
    const deleted = await fetch(`${server.url}/__sandbox/faults`, { method: "DELETE" });
    expect(await deleted.json()).toEqual({ cleared: 1 });

    const { jwt, workspaceId } = await api.widgetToken("reset-user");
    await api.post("/api/v1/embedded/sources", githubBody(workspaceId), bearer(jwt));
    expect((await api.post("/__sandbox/reset", {})).status).toBe(200);
    const list = (await (await api.get("/api/v1/embedded/sources", bearer(jwt))).json()) as {
      data: unknown[];
    };
    expect(list.data).toEqual([]);
  });
});

describe("bad input", () => {
  it("answers 413 for a body over 1 MB (declared length)", async () => {
    const { jwt, workspaceId } = await api.widgetToken("big");
    const big = { ...githubBody(workspaceId), padding: "x".repeat(1024 * 1024 + 10) };
    const response = await api.post("/api/v1/embedded/sources", big, bearer(jwt));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/larger than/);
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });

  it("answers 413 for a chunked body that grows past 1 MB, and keeps serving", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/v1/embedded/sources`, {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      const chunk = "y".repeat(64 * 1024);
      for (let i = 0; i < 24; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect((await api.get("/__sandbox/health")).status).toBe(200);
  });

  it("answers 400 for malformed JSON without quoting it", async () => {
    const { jwt } = await api.widgetToken("malformed");
    const response = await api.post(
      "/api/v1/embedded/sources",
      '{"source_config": {"api_key": "leaky-secret"',
      bearer(jwt),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain("leaky-secret");
    expect(JSON.parse(text)).toEqual({ detail: "Malformed JSON: the request body is not valid JSON" });
  });

  it("answers unknown routes with 404 JSON and wrong methods with 405; every response has an x-request-id", async () => {
    const notFound = await api.get("/nope");
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ detail: "Not Found" });
    expect(notFound.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const wrongMethod = await fetch(`${server.url}/v1/applications/token`);
    expect(wrongMethod.status).toBe(405);
    const echoed = await api.get("/__sandbox/health", { "x-request-id": "req-123" });
    expect(echoed.headers.get("x-request-id")).toBe("req-123");
  });

  it("never logs secrets or tokens", async () => {
    const { jwt, workspaceId } = await api.widgetToken("logged");
    await api.post("/api/v1/embedded/sources", githubBody(workspaceId, "ghp_logged_secret"), bearer(jwt));
    const text = JSON.stringify(logs);
    expect(logs.some((l) => l.path === "/api/v1/embedded/sources" && l.status === 200)).toBe(true);
    expect(text).not.toContain("ghp_logged_secret");
    expect(text).not.toContain(jwt);
    expect(text).not.toContain("sandbox-secret");
  });
});
