// @vitest-environment node
import {
  CredentialApiError,
  createEmbeddedClient,
  createRegistryClient,
  type FlavourName,
  RegistryError,
} from "@credential-form/core";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getSource } from "../registry.js";
import { createMockApi, type MockApi } from "./createMockApi.js";
import { createServerError } from "./createServerError.js";
import { createValidationError } from "./createValidationError.js";
import { matchCreateRequest } from "./matchCreateRequest.js";
import { registryFailure } from "./registryFailure.js";
import { sandboxTemplate } from "./sandboxTemplate.js";
import { sessionExpired } from "./sessionExpired.js";
import { slowCreate } from "./slowCreate.js";
import { slowRegistry } from "./slowRegistry.js";
import { storyMockApi } from "./storyMockApi.js";
import { templateNotFound } from "./templateNotFound.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const hellobaton = sandboxTemplate("airbyte/source-hellobaton");

async function setUp(overrides: (api: MockApi) => Parameters<typeof server.use> = () => []) {
  const api = createMockApi({ baseUrl: "https://api.mock-api.test", origin: "http://localhost:6006" });
  server.use(...overrides(api), ...api.handlers);
  const token = await api.widgetToken();
  const client = (flavour: FlavourName = "partial-user-configs") =>
    createEmbeddedClient({ token, baseUrl: api.baseUrl, flavour, timeoutMs: 5000 });
  const registry = createRegistryClient({ url: api.registryUrl });
  return { api, token, client, registry };
}

describe("createMockApi: the sandbox behind MSW", () => {
  it("serves the real registry fixture and the seeded templates, and stores what is created", async () => {
    const { api, client, registry } = await setUp();
    const definition = await registry.getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" });
    expect(definition.sourceDefinitionId).toBe(getSource("airbyte/source-hellobaton").sourceDefinitionId);

    const template = await client().getSourceTemplate(hellobaton.id);
    expect(template.name).toBe("Hellobaton");

    for (const flavour of ["partial-user-configs", "embedded-sources"] as const) {
      await client(flavour).createSource({
        templateId: hellobaton.id,
        config: { api_key: "hb-key-1", company: "acme" },
      });
    }
    const stored = await api.sources();
    expect(stored.map((s) => s.flavour).sort()).toEqual(["embedded-sources", "partial-user-configs"]);
    expect(stored[0]?.configuration).toEqual({ api_key: "hb-key-1", company: "acme" });
  });

  it("issues real tokens: an already expired one is refused locally", async () => {
    const { api } = await setUp();
    const expired = await api.widgetToken({ ttlSeconds: -60 });
    const client = createEmbeddedClient({ token: expired, baseUrl: api.baseUrl });
    await expect(client.getSourceTemplate(hellobaton.id)).rejects.toMatchObject({ code: "expired" });
  });

  it("answers the sandbox's own validation errors for an invalid config", async () => {
    const { client } = await setUp();
    const error = await client()
      .createSource({ templateId: hellobaton.id, config: { company: "acme" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialApiError);
    expect((error as CredentialApiError).status).toBe(422);
    expect((error as CredentialApiError).fieldErrors.map((f) => f.path)).toContain("/api_key");
  });
});

describe("fault overrides", () => {
  it("registryFailure: the registry answers 500", async () => {
    const { registry } = await setUp((api) => [registryFailure(api)]);
    const error = await registry
      .getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(500);
  });

  it("templateNotFound: a seeded template id answers 404", async () => {
    const { client } = await setUp((api) => [templateNotFound(api)]);
    await expect(client().getSourceTemplate(hellobaton.id)).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
  });

  it("sessionExpired: the server answers 401 Token has expired for a token that is locally valid", async () => {
    const { client } = await setUp((api) => [sessionExpired(api)]);
    await expect(client().getSourceTemplate(hellobaton.id)).rejects.toMatchObject({
      status: 401,
      code: "unauthorized",
    });
  });

  it("slowCreate: a latency delays the real answer; infinite never answers", async () => {
    const { api, client } = await setUp((mock) => [slowCreate(mock, { latencyMs: 300 })]);
    const started = Date.now();
    await client().createSource({
      templateId: hellobaton.id,
      config: { api_key: "hb-key-2", company: "acme" },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(await api.sources()).toHaveLength(1);

    server.use(slowCreate(api));
    const controller = new AbortController();
    const pending = client().createSource({
      templateId: hellobaton.id,
      config: { api_key: "hb-key-3", company: "acme" },
      signal: controller.signal,
    });
    const outcome = await Promise.race([
      pending.then(
        () => "settled",
        () => "settled",
      ),
      new Promise((resolve) => setTimeout(() => resolve("pending"), 400)),
    ]);
    expect(outcome).toBe("pending");
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: "aborted" });
  });

  it("createValidationError: 422 in FastAPI's shape, mapped onto config pointers for every flavour", async () => {
    const { api, client } = await setUp((mock) => [
      createValidationError(mock, [
        { path: "company", message: "Unknown company" },
        { path: "credentials/0/key", message: "Bad key" },
      ]),
    ]);
    for (const flavour of ["partial-user-configs", "embedded-sources", "integrations"] as const) {
      const error = await client(flavour)
        .createSource({ templateId: hellobaton.id, config: { api_key: "hb-key-4", company: "nope" } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CredentialApiError);
      expect((error as CredentialApiError).status).toBe(422);
      expect((error as CredentialApiError).fieldErrors).toEqual([
        { path: "/company", message: "Unknown company" },
        { path: "/credentials/0/key", message: "Bad key" },
      ]);
    }
    expect(await api.sources()).toHaveLength(0);
  });

  it("createServerError: the sandbox's injected 500, nothing created; `times` lets a retry through", async () => {
    const { api, client } = await setUp((mock) => [createServerError(mock, { times: 1 })]);
    const config = { api_key: "hb-key-5", company: "acme" };
    const error = await client()
      .createSource({ templateId: hellobaton.id, config })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, code: "server", retryable: true });
    expect(String((error as Error).message)).not.toContain("hb-key-5");
    expect(await api.sources()).toHaveLength(0);
    await client().createSource({ templateId: hellobaton.id, config });
    expect(await api.sources()).toHaveLength(1);
  });
});

describe("matchCreateRequest", () => {
  it("recognises each flavour's create path under the base URL only", () => {
    const base = "https://api.mock-api.test";
    expect(
      matchCreateRequest(
        new Request(`${base}/api/v1/embedded/partial_user_configs/`, { method: "POST" }),
        base,
      ),
    ).toEqual({ flavour: "partial-user-configs", configKey: "connection_configuration" });
    expect(
      matchCreateRequest(new Request(`${base}/api/v1/embedded/sources`, { method: "POST" }), base),
    ).toEqual({
      flavour: "embedded-sources",
      configKey: "source_config",
    });
    expect(matchCreateRequest(new Request(`${base}/api/v1/embedded/sources`), base)).toBeNull();
    expect(
      matchCreateRequest(
        new Request("https://elsewhere.test/api/v1/embedded/sources", { method: "POST" }),
        base,
      ),
    ).toBeNull();
  });

  it("sandboxTemplate throws for a connector the sandbox does not seed", () => {
    expect(() => sandboxTemplate("airbyte/source-nope")).toThrow(/seeds no template/);
  });
});

describe("storyMockApi (the Storybook loader)", () => {
  it("gives each render its own sandbox and base URL, a signed token, and puts overrides first", async () => {
    const context = {
      id: "credentialform-states--registry-error",
      parameters: { sandbox: { overrides: (api: MockApi) => [registryFailure(api)] } },
    };
    const first = await storyMockApi(context);
    const second = await storyMockApi(context);
    expect(first.api.baseUrl).not.toBe(second.api.baseUrl);
    expect(new URL(first.api.baseUrl).hostname).toMatch(
      /^s\d+-credentialform-states--registry-error\.sandbox\.test$/,
    );
    expect(first.msw).toHaveLength(2);

    server.use(...first.msw);
    const registry = createRegistryClient({ url: first.api.registryUrl });
    await expect(
      registry.getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" }),
    ).rejects.toMatchObject({
      status: 500,
    });
    const template = await createEmbeddedClient({
      token: first.token,
      baseUrl: first.api.baseUrl,
    }).getSourceTemplate(hellobaton.id);
    expect(template.id).toBe(hellobaton.id);
  });

  it("issues an expired token when asked, and slowRegistry holds the registry back", async () => {
    const loaded = await storyMockApi({
      id: "x",
      parameters: {
        sandbox: {
          tokenTtlSeconds: -60,
          overrides: (api: MockApi) => [slowRegistry(api, { latencyMs: 250 })],
        },
      },
    });
    await expect(
      createEmbeddedClient({ token: loaded.token, baseUrl: loaded.api.baseUrl }).getSourceTemplate(
        hellobaton.id,
      ),
    ).rejects.toMatchObject({ code: "expired" });
    server.use(...loaded.msw);
    const started = Date.now();
    await createRegistryClient({ url: loaded.api.registryUrl }).getSourceDefinition({
      dockerRepository: "airbyte/source-hellobaton",
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(230);
  });
});
