// @vitest-environment node
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "./createSandbox.js";
import { seedTemplates } from "./seedTemplates.js";

const BASE = "https://api.sandbox.test";
const sandbox = createSandbox({ publicUrl: BASE });
const mock = setupServer(
  http.all(`${BASE}/*`, ({ request }) => sandbox.handle(request)),
  http.all("*", () => HttpResponse.json({ detail: "unexpected request" }, { status: 599 })),
);

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.close());

describe("the sandbox inside MSW (as Storybook and component tests use it)", () => {
  it("serves real fetch calls: widget token over HTTP, then create and list", async () => {
    const operator = await (
      await fetch(`${BASE}/v1/applications/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ client_id: "sandbox-client", client_secret: "sandbox-secret" }),
      })
    ).json();
    const widget = await fetch(`${BASE}/v1/embedded/widget_token`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${operator.access_token}` },
      body: JSON.stringify({
        externalUserId: "msw-user",
        organizationId: "org",
        allowedOrigin: "http://localhost:6006",
      }),
    });
    const { token } = (await widget.json()) as { token: string };
    const { token: jwt, widgetUrl } = JSON.parse(atob(token)) as { token: string; widgetUrl: string };
    expect(widgetUrl.startsWith(`${BASE}/embedded-widget?`)).toBe(true);
    const workspaceId = new URL(widgetUrl).searchParams.get("workspaceId");

    const template = seedTemplates.find((t) => t.name === "MongoDB Atlas")!;
    const created = await fetch(`${BASE}/api/v1/integrations/connectors`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${jwt}` },
      body: JSON.stringify({
        workspace_name: "msw-user",
        source_template_id: template.id,
        replication_config: template.example_user_config,
      }),
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const listed = await fetch(`${BASE}/api/v1/embedded/sources?workspace_id=${workspaceId}`, {
      headers: { authorization: `Bearer ${jwt}` },
    });
    expect(((await listed.json()) as { data: unknown[] }).data).toMatchObject([
      {
        id,
        configuration: { database_config: { cluster_type: "ATLAS_REPLICA_SET", password: "**********" } },
      },
    ]);
  });

  it("turns the drop fault into a network error for fetch", async () => {
    await expect(
      fetch(`${BASE}/registries/v0/cloud_registry.json`, { headers: { "x-sandbox-fault": "drop" } }),
    ).rejects.toThrow(TypeError);
  });
});
