// @vitest-environment node
import { allSources, getSource, rejectionOf } from "@credential-form/test-utils";
import { type RegistryServer, registryText, startRegistryServer } from "@credential-form/test-utils/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryClient, DEFAULT_REGISTRY_URL } from "./createRegistryClient.js";
import { RegistryError } from "./RegistryError.js";

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer();
});
afterAll(async () => {
  await server.close();
});

function reset(options: Parameters<typeof startRegistryServer>[0] = {}) {
  for (const key of Object.keys(server.options)) delete server.options[key as keyof typeof server.options];
  Object.assign(server.options, options);
  server.requests.length = 0;
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, RegistryError);

describe("createRegistryClient against the real registry fixture", () => {
  it("resolves every one of the 208 sources by id and by docker repository", async () => {
    reset();
    const sources = allSources();
    expect(sources).toHaveLength(208);
    // Fresh clients so each lookup really scans the served registry (no cache hits).
    const byId = createRegistryClient({ url: server.registryUrl });
    const byRepo = createRegistryClient({ url: server.registryUrl });
    for (const source of sources) {
      const [a, b] = await Promise.all([
        byId.getSourceDefinition({ sourceDefinitionId: source.sourceDefinitionId }),
        byRepo.getSourceDefinition({ dockerRepository: source.dockerRepository }),
      ]);
      for (const definition of [a, b]) {
        expect(definition.sourceDefinitionId).toBe(source.sourceDefinitionId);
        expect(definition.dockerRepository).toBe(source.dockerRepository);
        expect(definition.name).toBe(source.name);
        expect(definition.dockerImageTag).toBe(source.dockerImageTag);
        expect(definition.spec.connectionSpecification).toEqual(source.spec.connectionSpecification);
        expect(definition.spec.advancedAuth).toEqual(source.spec.advanced_auth ?? null);
      }
    }
    // Each lookup fetched once; the byId client never found a definition through the other key.
    expect(server.requests.length).toBe(208 * 2);
    // 416 full scans of a 2 MB registry take ~6 s alone, several times that on a loaded 2-core CI machine; a
    // timeout would leave lookups running and pollute the shared server log of the tests that follow.
  }, 120_000);

  it("keeps the real quirks and reads iconUrl, documentationUrl and advanced_auth", async () => {
    reset();
    const client = createRegistryClient({ url: server.registryUrl });
    const hellobaton = await client.getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" });
    expect(hellobaton.spec.connectionSpecification.required).toEqual(["api_key", "api_key", "company"]);
    const withAuth = allSources().find((s) => s.spec.advanced_auth !== undefined);
    expect(withAuth).toBeDefined();
    const definition = await client.getSourceDefinition({ sourceDefinitionId: withAuth!.sourceDefinitionId });
    expect(definition.spec.advancedAuth).toEqual(withAuth!.spec.advanced_auth);
    expect(definition.iconUrl).toBe(withAuth!.iconUrl);
    expect(definition.documentationUrl).toBe(withAuth!.documentationUrl);
  });

  it("caches a definition under both keys", async () => {
    reset();
    const client = createRegistryClient({ url: server.registryUrl });
    const source = getSource("airbyte/source-github");
    const first = await client.getSourceDefinition({ dockerRepository: source.dockerRepository });
    expect(await client.getSourceDefinition({ sourceDefinitionId: source.sourceDefinitionId })).toBe(first);
    expect(await client.getSourceDefinition({ dockerRepository: source.dockerRepository })).toBe(first);
    expect(server.requests).toHaveLength(1);
  });

  it("dedupes concurrent lookups of the same connector", async () => {
    reset({ chunkSize: 64 * 1024 });
    const client = createRegistryClient({ url: server.registryUrl });
    const query = { dockerRepository: "airbyte/source-kafka" };
    const results = await Promise.all([1, 2, 3, 4].map(() => client.getSourceDefinition(query)));
    expect(new Set(results).size).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("reports a missing connector as not_found, and uses the ETag to avoid downloading again", async () => {
    reset();
    const client = createRegistryClient({ url: server.registryUrl });
    const missing = await errorOf(
      client.getSourceDefinition({ dockerRepository: "airbyte/source-does-not-exist" }),
    );
    expect(missing).toMatchObject({ code: "not_found", retryable: false });
    expect(missing.message).toContain("airbyte/source-does-not-exist");
    expect(server.requests).toEqual([{ path: "/registry.json", ifNoneMatch: null, status: 200 }]);
    // Same registry version (304): the absence is known, nothing is downloaded.
    expect(
      (await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-does-not-exist" }))).code,
    ).toBe("not_found");
    expect(server.requests[1]).toMatchObject({ status: 304 });
    expect(server.requests[1]?.ifNoneMatch).toMatch(/^".+"$/);
    expect(server.requests).toHaveLength(2);
  });

  it("does not revalidate for a lookup a 304 could not answer (found connectors are cache hits)", async () => {
    reset();
    const client = createRegistryClient({ url: server.registryUrl });
    await client.getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" });
    const kafka = await client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" });
    expect(kafka.name).toBe(getSource("airbyte/source-kafka").name);
    expect(server.requests.map((r) => [r.status, r.ifNoneMatch])).toEqual([
      [200, null],
      [200, null],
    ]);
  });

  it("forgets known absences when the registry changes (new ETag)", async () => {
    reset({ etag: '"v1"' });
    const client = createRegistryClient({ url: server.registryUrl });
    await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-new" }));
    const registry = JSON.parse(registryText()) as { sources: Record<string, unknown>[] };
    const added = {
      ...getSource("airbyte/source-hellobaton"),
      dockerRepository: "airbyte/source-new",
      sourceDefinitionId: "new-id",
    };
    server.options.body = JSON.stringify({ ...registry, sources: [...registry.sources, added] });
    server.options.etag = '"v2"';
    const found = await client.getSourceDefinition({ dockerRepository: "airbyte/source-new" });
    expect(found.sourceDefinitionId).toBe("new-id");
    expect(server.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it("streams a body served in tiny chunks", async () => {
    reset({ chunkSize: 7 });
    server.options.body = JSON.stringify({
      destinations: [{ name: "d", note: 'a "quoted" \\ string with sources: [ { } ]' }],
      sources: allSources().slice(0, 3),
    });
    const client = createRegistryClient({ url: server.registryUrl });
    const third = allSources()[2]!;
    const definition = await client.getSourceDefinition({ sourceDefinitionId: third.sourceDefinitionId });
    expect(definition.spec.connectionSpecification).toEqual(third.spec.connectionSpecification);
  });

  it("stops downloading once the connector is found", async () => {
    reset({ chunkSize: 16 * 1024, chunkDelayMs: 1 });
    const before = server.abortedResponses();
    const client = createRegistryClient({ url: server.registryUrl });
    const firstSource = allSources()[0]!;
    await client.getSourceDefinition({ sourceDefinitionId: firstSource.sourceDefinitionId });
    await expect.poll(() => server.abortedResponses()).toBe(before + 1);
  });

  it("gives a non-JSON body a bad_json error", async () => {
    reset({ body: "<html><body>Bad gateway</body></html>", contentType: "text/html" });
    const client = createRegistryClient({ url: server.registryUrl });
    const error = await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" }));
    expect(error.code).toBe("bad_json");
    reset({ body: registryText().slice(0, 1000) });
    expect(
      (await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" }))).code,
    ).toBe("bad_json");
    reset({ body: "" });
    expect(
      (await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" }))).code,
    ).toBe("bad_json");
    reset({ body: '{"destinations": []}' });
    expect(
      (await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" }))).code,
    ).toBe("bad_json");
  });

  it("gives a definition without spec.connectionSpecification a no_spec error", async () => {
    const hellobaton = getSource("airbyte/source-hellobaton");
    reset({ body: JSON.stringify({ sources: [{ ...hellobaton, spec: { supportsDBT: false } }] }) });
    const client = createRegistryClient({ url: server.registryUrl });
    const error = await errorOf(
      client.getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" }),
    );
    expect(error.code).toBe("no_spec");
    expect(error.message).toContain("Hellobaton");
  });

  it("reports HTTP failures with their status and retryability", async () => {
    reset({ status: 503, body: "unavailable", etag: null });
    const client = createRegistryClient({ url: server.registryUrl });
    expect(
      await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" })),
    ).toMatchObject({
      code: "http",
      status: 503,
      retryable: true,
    });
  });

  it("reports an unreachable registry as a retryable network error", async () => {
    const client = createRegistryClient({ url: "http://127.0.0.1:9/registry.json" });
    expect(
      await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" })),
    ).toMatchObject({
      code: "network",
      retryable: true,
    });
  });

  it("aborts: the caller gets `aborted` and the download stops when nobody waits", async () => {
    reset({ chunkSize: 4 * 1024, chunkDelayMs: 5 });
    const before = server.abortedResponses();
    const client = createRegistryClient({ url: server.registryUrl });
    const controller = new AbortController();
    const last = allSources().at(-1)!;
    const pending = client.getSourceDefinition(
      { sourceDefinitionId: last.sourceDefinitionId },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 30);
    expect(await errorOf(pending)).toMatchObject({
      code: "aborted",
      message: "Loading the connector definition was cancelled.",
    });
    await expect.poll(() => server.abortedResponses()).toBe(before + 1);
    expect(
      (
        await errorOf(
          client.getSourceDefinition({ dockerRepository: "x/y" }, { signal: AbortSignal.abort() }),
        )
      ).code,
    ).toBe("aborted");
  });

  it("keeps a shared download going while another caller still waits", async () => {
    reset({ chunkSize: 32 * 1024, chunkDelayMs: 1 });
    const client = createRegistryClient({ url: server.registryUrl });
    const controller = new AbortController();
    const query = { dockerRepository: allSources().at(-1)!.dockerRepository };
    const leaving = client.getSourceDefinition(query, { signal: controller.signal });
    const staying = client.getSourceDefinition(query);
    controller.abort();
    expect((await errorOf(leaving)).code).toBe("aborted");
    expect((await staying).dockerRepository).toBe(query.dockerRepository);
    expect(server.requests).toHaveLength(1);
  });

  it("uses a per-connector URL template when the query's key has a placeholder", async () => {
    reset();
    const github = getSource("airbyte/source-github");
    const byId = createRegistryClient({ url: server.registryUrl, connectorUrl: server.connectorUrlById });
    const definition = await byId.getSourceDefinition({ sourceDefinitionId: github.sourceDefinitionId });
    expect(definition.spec.connectionSpecification).toEqual(github.spec.connectionSpecification);
    expect(server.requests.map((r) => r.path)).toEqual([`/connectors/${github.sourceDefinitionId}.json`]);
    // No {dockerRepository} placeholder: that query falls back to the full registry.
    await byId.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" });
    expect(server.requests.at(-1)?.path).toBe("/registry.json");

    const byRepo = createRegistryClient({ url: server.registryUrl, connectorUrl: server.connectorUrlByRepo });
    expect((await byRepo.getSourceDefinition({ dockerRepository: "airbyte/source-github" })).name).toBe(
      github.name,
    );
    expect(server.requests.at(-1)?.path).toBe("/by-repo/airbyte/source-github.json");
    expect(await errorOf(byRepo.getSourceDefinition({ dockerRepository: "airbyte/nope" }))).toMatchObject({
      code: "not_found",
      status: 404,
    });
  });

  it("uses the public cloud registry by default and the given fetch", async () => {
    const seen: string[] = [];
    const client = createRegistryClient({
      fetch: async (input) => {
        seen.push(String(input));
        return new Response(registryText(), { headers: { "content-type": "application/json" } });
      },
    });
    const kafka = await client.getSourceDefinition({ dockerRepository: "airbyte/source-kafka" });
    expect(kafka.name).toBe(getSource("airbyte/source-kafka").name);
    expect(seen).toEqual([DEFAULT_REGISTRY_URL]);
  });

  it("drops If-None-Match after a conditional request fails at the network level (CORS preflight)", async () => {
    const seen: (string | null)[] = [];
    const client = createRegistryClient({
      url: "https://registry.test.invalid/registry.json",
      fetch: async (_input, init) => {
        const conditional = new Headers(init?.headers).get("if-none-match");
        seen.push(conditional);
        if (conditional !== null) throw new TypeError("Failed to fetch");
        return new Response(JSON.stringify({ sources: [] }), { headers: { etag: '"e1"' } });
      },
    });
    for (let i = 0; i < 3; i++) {
      expect((await errorOf(client.getSourceDefinition({ dockerRepository: "airbyte/source-x" }))).code).toBe(
        "not_found",
      );
    }
    expect(seen).toEqual([null, '"e1"', null, null]);
  });

  it("falls back to response.text() when the response has no body stream", async () => {
    const client = createRegistryClient({
      fetch: async () => {
        const response = new Response(registryText());
        Object.defineProperty(response, "body", { value: null });
        return response;
      },
    });
    expect((await client.getSourceDefinition({ dockerRepository: "airbyte/source-hellobaton" })).name).toBe(
      "Hellobaton",
    );
  });
});
