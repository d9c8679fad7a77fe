// @vitest-environment node
import { createSandbox, type Sandbox, seedTemplates } from "@credential-form/sandbox";
import { mintScopedToken, type SentRequest, sandboxFetch } from "@credential-form/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import { buildConnectorUpdate } from "./buildConnectorUpdate.js";
import { CredentialApiError } from "./CredentialApiError.js";
import { createEmbeddedClient, type EmbeddedClient } from "./createEmbeddedClient.js";
import { MASKED_SECRET } from "./MASKED_SECRET.js";

const BASE = "https://api.connectors.test";
const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const PAT = "ghp_originalSecretToken";

let sandbox: Sandbox;
let sent: SentRequest[];
let client: EmbeddedClient;

/** The stored (unmasked) config of a source, as the sandbox keeps it. */
async function stored(id: string) {
  const records = await sandbox.store.list("sources");
  return records.filter((s) => s.id === id).at(-1);
}

const scopedToken = (workspaceName: string) => mintScopedToken(sandbox, BASE, workspaceName);

function clientFor(token: string, check?: "off") {
  return createEmbeddedClient({
    token,
    baseUrl: BASE,
    ...(check && { check }),
    fetch: sandboxFetch(sandbox, () => sent),
  });
}

async function createGithub(c = client, token = PAT) {
  return c.createSource({
    templateId: GITHUB.id,
    config: { credentials: { personal_access_token: token }, repositories: ["airbytehq/airbyte"] },
    name: "My GitHub",
  });
}

beforeEach(async () => {
  sandbox = createSandbox({ publicUrl: BASE });
  sent = [];
  client = clientFor(await scopedToken("acme"));
});

describe("the client's connector calls (current API, over the sandbox)", () => {
  it("lists the workspace's connectors with their template and times", async () => {
    const created = await createGithub();
    const list = await client.listConnectors();
    expect(list).toEqual([
      {
        id: created.id,
        name: "My GitHub",
        template: {
          id: GITHUB.id,
          name: "GitHub",
          icon: expect.any(String),
          connectorName: expect.any(String),
          mode: "DIRECT",
        },
        createdAt: expect.stringMatching(/^\d{4}-/),
        updatedAt: expect.stringMatching(/^\d{4}-/),
      },
    ]);
    const call = sent.find((s) => s.method === "GET" && s.path === "/api/v1/integrations/connectors");
    expect(call).toBeDefined();
  });

  it("gets one connector: its template parsed, its secrets masked", async () => {
    const created = await createGithub();
    const connector = await client.getConnector(created.id);
    expect(connector.template).toMatchObject({ id: GITHUB.id, mode: "DIRECT" });
    expect(connector.template.userConfigSpec).toMatchObject({ type: "object" });
    expect(connector.config).toMatchObject({
      credentials: { personal_access_token: MASKED_SECRET },
      repositories: ["airbytehq/airbyte"],
    });
    expect(JSON.stringify(connector)).not.toContain(PAT);
  });

  it("updates one field after a check: the stored config keeps the original secret", async () => {
    const created = await createGithub();
    const connector = await client.getConnector(created.id);
    const { body } = buildConnectorUpdate({
      schema: connector.template.userConfigSpec!,
      original: connector.config,
      edited: { ...connector.config, credentials: {}, repositories: ["a/b"] },
    });
    sent = [];
    const updated = await client.updateConnector({ id: created.id, body: body! });
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      `POST /api/v1/integrations/connectors/${created.id}/check`,
      `PUT /api/v1/integrations/connectors/${created.id}`,
    ]);
    expect(sent[1]!.body).toEqual({ replication_config: { repositories: ["a/b"] } });
    expect(updated.check?.status).toBe("succeeded");
    expect(updated.config.repositories).toEqual(["a/b"]);
    const record = await stored(created.id);
    expect(record?.configuration).toMatchObject({
      credentials: { personal_access_token: PAT },
      repositories: ["a/b"],
    });
  });

  it("a failed update check throws check_failed and updates nothing", async () => {
    const created = await createGithub();
    sent = [];
    const error = await client
      .updateConnector({
        id: created.id,
        body: { replication_config: { credentials: { personal_access_token: "wrong-credentials" } } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialApiError);
    expect((error as CredentialApiError).code).toBe("check_failed");
    expect(sent.some((s) => s.method === "PUT")).toBe(false);
    expect((await stored(created.id))?.configuration).toMatchObject({
      credentials: { personal_access_token: PAT },
    });
  });

  it("check: 'off' (per call or per client) skips the update check", async () => {
    const created = await createGithub();
    sent = [];
    await client.updateConnector({ id: created.id, body: { name: "Renamed" }, check: "off" });
    expect(sent.map((s) => s.method)).toEqual(["PUT"]);
    const unchecked = clientFor(await scopedToken("acme"), "off");
    sent = [];
    await unchecked.updateConnector({ id: created.id, body: { name: "Again" } });
    expect(sent.map((s) => s.method)).toEqual(["PUT"]);
    expect((await stored(created.id))?.name).toBe("Again");
  });

  it("checkConnectorUpdate reports the result without updating", async () => {
    const created = await createGithub();
    const result = await client.checkConnectorUpdate({
      id: created.id,
      body: { replication_config: { credentials: { personal_access_token: "wrong-credentials" } } },
    });
    expect(result.status).toBe("failed");
    expect(result.message).toMatch(/authentication failed/);
    expect((await stored(created.id))?.configuration).toMatchObject({
      credentials: { personal_access_token: PAT },
    });
  });

  it("sends only the contract's update keys, whatever the body object holds", async () => {
    const created = await createGithub();
    sent = [];
    const body = { name: "N", replication_config: { repositories: ["c/d"] }, workspace_name: "x" };
    await client.updateConnector({ id: created.id, body, check: "off" });
    expect(sent[0]!.body).toEqual({ name: "N", replication_config: { repositories: ["c/d"] } });
  });

  it("deletes a connector (202 with a job id); it is gone from the list and get answers not_found", async () => {
    const created = await createGithub();
    const { jobId } = await client.deleteConnector(created.id);
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await client.listConnectors()).toEqual([]);
    const error = await client.getConnector(created.id).catch((e: unknown) => e);
    expect((error as CredentialApiError).code).toBe("not_found");
  });

  it("another workspace's connector is not found for get, update and delete", async () => {
    const theirs = await createGithub(clientFor(await scopedToken("someone-else")));
    for (const call of [
      () => client.getConnector(theirs.id),
      () => client.updateConnector({ id: theirs.id, body: { name: "Mine now" }, check: "off" }),
      () => client.deleteConnector(theirs.id),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect((error as CredentialApiError).code).toBe("not_found");
    }
    expect((await stored(theirs.id))?.name).toBe("My GitHub");
  });

  it("an update's field errors point into the config", async () => {
    const created = await createGithub();
    const error = (await client
      .updateConnector({
        id: created.id,
        body: { replication_config: { credentials: { personal_access_token: 12345 } } },
        secrets: ["ghp_not_echoed"],
        check: "off",
      })
      .catch((e: unknown) => e)) as CredentialApiError;
    expect(error.code).toBe("validation");
    expect(error.fieldErrors.map((f) => f.path)).toContain("/credentials/personal_access_token");
  });

  it("older flavours have no connectors endpoints", async () => {
    const old = createEmbeddedClient({ token: "t", baseUrl: BASE, flavour: "embedded-sources" });
    await expect(old.listConnectors({ workspaceName: "w" })).rejects.toThrow(/no connectors endpoints/);
  });
});
