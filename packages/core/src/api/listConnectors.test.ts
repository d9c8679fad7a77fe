// @vitest-environment node
import { createMockApi, sandboxTemplate } from "@credential-form/test-utils";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEmbeddedClient } from "./createEmbeddedClient.js";

const api = createMockApi({ baseUrl: "https://list.sandbox.test" });
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => api.sandbox.reset());
afterAll(() => server.close());

describe("listConnectors (current API)", () => {
  it("lists the end user's connectors with their template, newest state, no config", async () => {
    const token = await api.widgetToken();
    const client = createEmbeddedClient({ token, baseUrl: api.baseUrl });
    expect(await client.listConnectors()).toEqual([]);
    const seeded = sandboxTemplate("airbyte/source-github");
    const created = await client.createSource({
      templateId: seeded.id,
      config: seeded.example_user_config ?? {},
      name: "My GitHub",
      check: "off",
    });
    const listed = await client.listConnectors();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: created.id, name: "My GitHub", template: { id: seeded.id } });
    expect(Date.parse(listed[0]?.createdAt ?? "")).not.toBeNaN();
    expect(JSON.stringify(listed)).not.toContain("replication_config");
  });

  it("is not offered by the flavours that name the workspace by id", async () => {
    const token = await api.widgetToken();
    const client = createEmbeddedClient({ token, baseUrl: api.baseUrl, flavour: "embedded-sources" });
    await expect(client.listConnectors()).rejects.toThrow(TypeError);
  });
});
