// @vitest-environment node
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { connectorIcon } from "./connectorIcon.js";
import { createSandbox } from "./createSandbox.js";
import { memoryStore } from "./memoryStore.js";
import type { SandboxRegistry } from "./SandboxRegistry.js";
import { seedTemplates } from "./seedTemplates.js";

const BASE = "http://sandbox.test";
const HELLOBATON = seedTemplates.find((t) => t.name === "Hellobaton")!;

function json(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(BASE + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe("createSandbox().handle (the path MSW uses)", () => {
  it("runs the whole flow on Request/Response with a memory store", async () => {
    const sandbox = createSandbox({ store: memoryStore(), publicUrl: BASE });
    const { jwt, workspaceId, widgetUrl } = await sandbox.issueWidgetToken({
      organizationId: "org",
      externalUserId: "story-user",
      allowedOrigin: "http://localhost:6006",
    });
    expect(widgetUrl).toBe(
      `${BASE}/embedded-widget?workspaceId=${workspaceId}&allowedOrigin=http%3A%2F%2Flocalhost%3A6006`,
    );
    const auth = { authorization: `Bearer ${jwt}`, origin: "http://localhost:6006" };

    const templates = await sandbox.handle(json("GET", "/api/v1/embedded/source-templates", undefined, auth));
    expect(templates.status).toBe(200);
    expect(templates.headers.get("access-control-allow-origin")).toBe("http://localhost:6006");

    const created = await sandbox.handle(
      json(
        "POST",
        "/api/v1/embedded/sources",
        {
          workspace_id: workspaceId,
          source_template_id: HELLOBATON.id,
          source_config: { api_key: "k-secret", company: "acme" },
        },
        auth,
      ),
    );
    expect(created.status).toBe(200);
    expect(created.headers.get("x-request-id")).toBeTruthy();
    const listed = (await (
      await sandbox.handle(json("GET", "/api/v1/embedded/sources", undefined, auth))
    ).json()) as {
      data: { configuration: Record<string, unknown> }[];
    };
    expect(listed.data.map((s) => s.configuration)).toEqual([{ api_key: "**********", company: "acme" }]);
    expect((await sandbox.store.list("sources"))[0]?.configuration.api_key).toBe("k-secret");
  });

  it("turns the drop fault into Response.error() (a network error under MSW)", async () => {
    const sandbox = createSandbox();
    const response = await sandbox.handle(
      json("GET", "/registries/v0/cloud_registry.json", undefined, { "x-sandbox-fault": "drop" }),
    );
    expect(response.type).toBe("error");
    const retry = await sandbox.handle(
      json("GET", "/registries/v0/sources/by-repository/airbyte/source-hellobaton.json"),
    );
    expect(await retry.json()).toEqual({
      ...getSource("airbyte/source-hellobaton"),
      iconUrl: connectorIcon("airbyte/source-hellobaton", "Hellobaton"),
    });
  });

  it("guards admin endpoints: local callers and operators only", async () => {
    const sandbox = createSandbox();
    const rule = { match: "GET /x", fault: "500" };
    const remote = await sandbox.handle(json("POST", "/__sandbox/faults", rule), {
      remoteAddress: "10.1.2.3",
    });
    expect(remote.status).toBe(403);
    const operator = await sandbox.operatorToken();
    const withToken = await sandbox.handle(
      json("POST", "/__sandbox/faults", rule, { authorization: `Bearer ${operator}` }),
      {
        remoteAddress: "10.1.2.3",
      },
    );
    expect(withToken.status).toBe(201);
    const local = await sandbox.handle(json("POST", "/__sandbox/faults", rule), {
      remoteAddress: "127.0.0.1",
    });
    expect(local.status).toBe(201);
    expect(sandbox.faults.list()).toHaveLength(2);
  });

  it("takes a custom registry and templates, and fails clearly for a template over an unknown connector", async () => {
    const hellobaton = getSource("airbyte/source-hellobaton");
    const registry: SandboxRegistry = { sources: [hellobaton] };
    const sandbox = createSandbox({
      registry,
      templates: [{ id: "t1", docker_repository: "airbyte/source-hellobaton" }],
    });
    const { jwt } = await sandbox.issueWidgetToken({
      organizationId: "o",
      externalUserId: "u",
      allowedOrigin: "https://a.test",
    });
    const list = await sandbox.handle(
      json("GET", "/api/v1/embedded/source-templates", undefined, { authorization: `Bearer ${jwt}` }),
    );
    expect(await list.json()).toEqual({
      data: [
        { id: "t1", name: "Hellobaton", icon: connectorIcon("airbyte/source-hellobaton", "Hellobaton") },
      ],
    });

    const broken = createSandbox({
      registry,
      templates: [{ id: "t2", docker_repository: "airbyte/source-github" }],
    });
    const token = await broken.issueWidgetToken({
      organizationId: "o",
      externalUserId: "u",
      allowedOrigin: "https://a.test",
    });
    const response = await broken.handle(
      json("GET", "/api/v1/embedded/source-templates", undefined, { authorization: `Bearer ${token.jwt}` }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ detail: "Internal Server Error" });
  });

  it("enforces the body limit and rejects unknown fault names without a transport in front", async () => {
    const sandbox = createSandbox({ maxBodyBytes: 100 });
    const operator = await sandbox.operatorToken();
    const big = await sandbox.handle(
      json(
        "POST",
        "/v1/embedded/widget_token",
        { organizationId: "o".repeat(200) },
        { authorization: `Bearer ${operator}` },
      ),
    );
    expect(big.status).toBe(413);
    const unknown = await sandbox.handle(
      json("GET", "/__sandbox/health", undefined, { "x-sandbox-fault": "teapot" }),
    );
    expect(unknown.status).toBe(200);
    const unknownOnApi = await sandbox.handle(
      json("GET", "/registries/v0/cloud_registry.json", undefined, { "x-sandbox-fault": "teapot" }),
    );
    expect(unknownOnApi.status).toBe(400);
    expect(((await unknownOnApi.json()) as { detail: string }).detail).toMatch(/x-sandbox-fault must be/);
  });

  it("expires tokens by the injected clock", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const sandbox = createSandbox({ now: () => now, tokenTtlSeconds: 60 });
    const { jwt, expiresAt } = await sandbox.issueWidgetToken({
      organizationId: "o",
      externalUserId: "u",
      allowedOrigin: "https://a.test",
    });
    expect(expiresAt).toBe(now / 1000 + 60);
    const call = () =>
      sandbox.handle(json("GET", "/api/v1/embedded/sources", undefined, { authorization: `Bearer ${jwt}` }));
    expect((await call()).status).toBe(200);
    now += 61_000;
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ detail: "Token has expired" });
  });

  it("keeps the platform-neutral core free of Node imports", async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const files = (await readdir(dir)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "main.ts",
    );
    const routeFiles = (await readdir(path.join(dir, "routes"))).map((f) => path.join("routes", f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of [...files, ...routeFiles]) {
      const text = await readFile(path.join(dir, file), "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|\bBuffer\b|process\./);
    }
  });
});
