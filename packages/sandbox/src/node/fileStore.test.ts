// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { client } from "../__tests__/helpers.js";
import type { StoredSource } from "../SandboxStore.js";
import { seedTemplates } from "../seedTemplates.js";
import { fileStore, STORE_FILE } from "./fileStore.js";
import { startSandboxServer } from "./startSandboxServer.js";

const GITHUB = seedTemplates.find((t) => t.name === "GitHub")!;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "sandbox-store-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function source(id: string): StoredSource {
  return {
    id,
    name: "s",
    source_definition_id: "d",
    workspace_id: "w",
    source_template_id: "t",
    configuration: { api_key: "k" },
    created_at: new Date(0).toISOString(),
    flavour: "embedded-sources",
  };
}

describe("fileStore", () => {
  it("survives a restart of the server: start, create, stop, start on the same dir, list", async () => {
    const first = await startSandboxServer({ port: 0, dataDir: dir });
    const api1 = client(first);
    const { jwt, workspaceId } = await api1.widgetToken("persisted", "https://app.test");
    const created = await api1.post(
      "/api/v1/embedded/sources",
      {
        workspace_id: workspaceId,
        source_template_id: GITHUB.id,
        source_config: {
          credentials: { personal_access_token: "ghp_persisted_secret" },
          repositories: ["a/b"],
        },
      },
      { authorization: `Bearer ${jwt}` },
    );
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    await first.close();

    const second = await startSandboxServer({ port: 0, dataDir: dir });
    try {
      expect(second.url).not.toBe("");
      // Same signing secret: the token issued before the restart still works, and its origin is remembered.
      const response = await fetch(`${second.url}/api/v1/embedded/sources`, {
        headers: { authorization: `Bearer ${jwt}`, origin: "https://app.test" },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("https://app.test");
      const { data } = (await response.json()) as { data: { id: string; configuration: unknown }[] };
      expect(data.map((s) => s.id)).toEqual([id]);
      expect(data[0]?.configuration).toMatchObject({ credentials: { personal_access_token: "**********" } });
    } finally {
      await second.close();
    }
  });

  it("stores 50 concurrent creates, all of them, in an intact file", async () => {
    const server = await startSandboxServer({ port: 0, dataDir: dir });
    try {
      const api = client(server);
      const { jwt, workspaceId } = await api.widgetToken("concurrent");
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api.post(
            "/api/v1/embedded/sources",
            {
              workspace_id: workspaceId,
              source_template_id: GITHUB.id,
              name: `source ${i}`,
              source_config: { credentials: { personal_access_token: `ghp_${i}` }, repositories: ["a/b"] },
            },
            { authorization: `Bearer ${jwt}` },
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
      const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
      expect(new Set(ids).size).toBe(50);
      const lines = (await readFile(path.join(dir, STORE_FILE), "utf8")).trimEnd().split("\n");
      const records = lines.map(
        (line) => JSON.parse(line) as { c: string; r: { id?: string; name?: string } },
      );
      const sources = records.filter((r) => r.c === "sources");
      expect(sources).toHaveLength(50);
      expect(new Set(sources.map((s) => s.r.name))).toEqual(
        new Set(Array.from({ length: 50 }, (_, i) => `source ${i}`)),
      );
    } finally {
      await server.close();
    }
    const reopened = fileStore(dir);
    expect(await reopened.list("sources")).toHaveLength(50);
    await reopened.close();
  });

  it("drops a torn last line on load and keeps appending cleanly", async () => {
    const file = path.join(dir, STORE_FILE);
    await writeFile(
      file,
      `${JSON.stringify({ c: "sources", r: source("a") })}\n{"c":"sources","r":{"id":"tor`,
    );
    const store = fileStore(dir);
    expect((await store.list("sources")).map((s) => s.id)).toEqual(["a"]);
    await store.append("sources", source("b"));
    await store.close();
    const again = fileStore(dir);
    expect((await again.list("sources")).map((s) => s.id)).toEqual(["a", "b"]);
    await again.clear("sources");
    expect(await again.list("sources")).toEqual([]);
    await again.close();
    expect(await readFile(file, "utf8")).toBe("");
  });

  it("returns copies: mutating a listed record does not change the store", async () => {
    const store = fileStore(dir);
    await store.append("sources", source("x"));
    const [first] = await store.list("sources");
    if (first) first.name = "changed";
    expect((await store.list("sources"))[0]?.name).toBe("s");
    await store.close();
  });
});
