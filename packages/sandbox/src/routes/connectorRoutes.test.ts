// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Json, type JsonCall, jsonCaller } from "../__tests__/helpers.js";
import { SECRET_MASK } from "../maskSecrets.js";
import { type SandboxServer, startSandboxServer } from "../node/startSandboxServer.js";
import { seedTemplates } from "../seedTemplates.js";

const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const PAT = "ghp_storedOriginalToken";

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(() => server.close());

/** One HTTP request to the running sandbox. */
const call: JsonCall = (...args) => jsonCaller(server.url)(...args);

async function scoped(workspaceName: string): Promise<string> {
  const operator = await server.sandbox.operatorToken();
  return (
    await call("POST", "/api/v1/account/applications/scoped-token", operator, {
      workspace_name: workspaceName,
    })
  ).body.token;
}

/** The stored (unmasked) configuration of a connector. */
async function stored(id: string): Promise<Json | undefined> {
  return (await server.sandbox.store.list("sources")).filter((s) => s.id === id).at(-1)?.configuration;
}

async function createGithub(token: string, workspaceName: string, extra: Json = {}): Promise<string> {
  const created = await call("POST", "/api/v1/integrations/connectors", token, {
    workspace_name: workspaceName,
    source_template_id: GITHUB.id,
    name: "GitHub",
    credentials: { personal_access_token: PAT },
    replication_config: { repositories: ["airbytehq/airbyte"], start_date: "2023-01-01T00:00:00Z", ...extra },
  });
  expect(created.status).toBe(200);
  return created.body.id;
}

const path = (id: string) => `/api/v1/integrations/connectors/${id}`;

describe("connector routes over HTTP: get, update (merge patch), check, delete", () => {
  it("PUT merges one field into the stored config; the secret stays and is masked in the answer", async () => {
    const token = await scoped("edit-1");
    const id = await createGithub(token, "edit-1");
    const updated = await call("PUT", path(id), token, { replication_config: { repositories: ["a/b"] } });
    expect(updated.status).toBe(200);
    expect(updated.body.replication_config).toMatchObject({
      repositories: ["a/b"],
      start_date: "2023-01-01T00:00:00Z",
      credentials: { personal_access_token: SECRET_MASK },
    });
    expect(JSON.stringify(updated.body)).not.toContain(PAT);
    expect(await stored(id)).toMatchObject({
      repositories: ["a/b"],
      start_date: "2023-01-01T00:00:00Z",
      credentials: { option_title: "PAT Credentials", personal_access_token: PAT },
      api_url: "https://api.github.com/",
    });
    const got = await call("GET", path(id), token);
    expect(got.body.replication_config.repositories).toEqual(["a/b"]);
    expect(got.body.updated_at >= got.body.created_at).toBe(true);
  });

  it("null removes a key; a mask sent back keeps the stored secret (never stores the mask)", async () => {
    const token = await scoped("edit-2");
    const id = await createGithub(token, "edit-2");
    const updated = await call("PUT", path(id), token, {
      replication_config: { start_date: null, credentials: { personal_access_token: SECRET_MASK } },
    });
    expect(updated.status).toBe(200);
    const config = await stored(id);
    expect(config).not.toHaveProperty("start_date");
    expect(config?.credentials.personal_access_token).toBe(PAT);
  });

  it("a replaced secret is stored; a switched oneOf with the old keys nulled leaves none behind", async () => {
    const token = await scoped("edit-3");
    const id = await createGithub(token, "edit-3");
    await call("PUT", path(id), token, {
      replication_config: { credentials: { personal_access_token: "ghp_replacedToken" } },
    });
    expect((await stored(id))?.credentials.personal_access_token).toBe("ghp_replacedToken");
    const switched = await call("PUT", path(id), token, {
      replication_config: {
        credentials: {
          option_title: "OAuth Credentials",
          access_token: "gho_oauthToken",
          personal_access_token: null,
        },
      },
    });
    expect(switched.status).toBe(200);
    expect((await stored(id))?.credentials).toEqual({
      option_title: "OAuth Credentials",
      access_token: "gho_oauthToken",
    });
  });

  it("an invalid update is a 422 naming replication_config fields and changes nothing", async () => {
    const token = await scoped("edit-4");
    const id = await createGithub(token, "edit-4");
    const before = await stored(id);
    const rejected = await call("PUT", path(id), token, {
      replication_config: { repositories: "not-a-list" },
    });
    expect(rejected.status).toBe(422);
    expect(rejected.body.errors.map((e: Json) => e.field)).toContain("replication_config.repositories");
    expect(await stored(id)).toEqual(before);
  });

  it("the update check validates the merged config without storing it", async () => {
    const token = await scoped("edit-5");
    const id = await createGithub(token, "edit-5");
    const failed = await call("POST", `${path(id)}/check`, token, {
      replication_config: { credentials: { personal_access_token: "wrong-credentials" } },
    });
    expect(failed.body.status).toBe("failed");
    // With the stored (unchanged) secret the check passes.
    const ok = await call("POST", `${path(id)}/check`, token, {
      replication_config: { repositories: ["c/d"] },
    });
    expect(ok.body.status).toBe("succeeded");
    expect((await stored(id))?.repositories).toEqual(["airbytehq/airbyte"]);
  });

  it("another workspace's connector is a 404 for get, update, check and delete, and stays as it was", async () => {
    const mine = await scoped("edit-mine");
    const theirs = await scoped("edit-theirs");
    const id = await createGithub(theirs, "edit-theirs");
    const before = await stored(id);
    expect((await call("GET", path(id), mine)).status).toBe(404);
    expect((await call("PUT", path(id), mine, { name: "Stolen" })).status).toBe(404);
    expect((await call("POST", `${path(id)}/check`, mine, {})).status).toBe(404);
    expect((await call("DELETE", path(id), mine)).status).toBe(404);
    expect((await call("GET", path(id), theirs)).body.name).toBe("GitHub");
    expect(await stored(id)).toEqual(before);
  });

  it("concurrent updates of different fields all land; on the same field the last one wins", async () => {
    const token = await scoped("edit-6");
    const id = await createGithub(token, "edit-6");
    const answers = await Promise.all([
      call("PUT", path(id), token, { replication_config: { repositories: ["x/1"] } }),
      call("PUT", path(id), token, { replication_config: { start_date: "2024-02-02T00:00:00Z" } }),
      call("PUT", path(id), token, { replication_config: { max_waiting_time: 30 } }),
      call("PUT", path(id), token, { replication_config: { branches: ["x/1/main"] } }),
      call("PUT", path(id), token, { name: "Renamed" }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await stored(id)).toMatchObject({
      repositories: ["x/1"],
      start_date: "2024-02-02T00:00:00Z",
      max_waiting_time: 30,
      branches: ["x/1/main"],
    });
    await call("PUT", path(id), token, { replication_config: { max_waiting_time: 40 } });
    await call("PUT", path(id), token, { replication_config: { max_waiting_time: 50 } });
    expect((await stored(id))?.max_waiting_time).toBe(50);
    expect((await call("GET", path(id), token)).body.name).toBe("Renamed");
  });

  it("DELETE answers 202 with a job id; the connector is gone from get and the list, a second delete is a 404", async () => {
    const token = await scoped("edit-7");
    const id = await createGithub(token, "edit-7");
    const deleted = await call("DELETE", path(id), token);
    expect(deleted.status).toBe(202);
    expect(deleted.body.job_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call("GET", path(id), token)).status).toBe(404);
    expect(
      (await call("GET", "/api/v1/integrations/connectors?workspace_name=edit-7", token)).body.data,
    ).toEqual([]);
    expect((await call("DELETE", path(id), token)).status).toBe(404);
  });
});
