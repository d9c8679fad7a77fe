// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type Json, jsonCaller } from "./__tests__/helpers.js";
import { createSandbox } from "./createSandbox.js";
import { SECRET_MASK } from "./maskSecrets.js";
import { seedTemplates } from "./seedTemplates.js";

const BASE = "https://api.sandbox.test";
const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const HUBSPOT = seedTemplates.find((t) => t.docker_repository === "airbyte/source-hubspot")!;
const PAT = "ghp_realLookingToken1234";

function harness(options: Parameters<typeof createSandbox>[0] = {}) {
  const sandbox = createSandbox({ publicUrl: BASE, ...options });
  const call = jsonCaller(BASE, (request) => sandbox.handle(request));
  const operator = async () =>
    (
      await call("POST", "/api/v1/account/applications/token", undefined, {
        client_id: "sandbox-client",
        client_secret: "sandbox-secret",
      })
    ).body.access_token as string;
  const scoped = async (workspaceName: string) =>
    (
      await call("POST", "/api/v1/account/applications/scoped-token", await operator(), {
        workspace_name: workspaceName,
      })
    ).body.token as string;
  return { sandbox, call, operator, scoped };
}

const githubBody = (workspaceName: string, token = PAT) => ({
  workspace_name: workspaceName,
  source_template_id: GITHUB.id,
  credentials: { personal_access_token: token },
  replication_config: { repositories: ["airbytehq/airbyte"] },
});

describe("the sandbox's current Agent API", () => {
  it("mints operator → scoped tokens; the scoped token is a bare JWT and info names its workspace", async () => {
    const { call, scoped } = harness();
    const token = await scoped("acme-customer-7");
    expect(token.split(".")).toHaveLength(3);
    const info = await call("GET", "/api/v1/account/applications/scoped-token/info", token);
    expect(info.status).toBe(200);
    expect(info.body.workspace_name).toBe("acme-customer-7");
    expect(info.body.workspace_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.body.workspace_id).not.toBe("acme-customer-7");
    // The same name gets the same workspace.
    const again = await call(
      "GET",
      "/api/v1/account/applications/scoped-token/info",
      await scoped("acme-customer-7"),
    );
    expect(again.body.workspace_id).toBe(info.body.workspace_id);
  });

  it("refuses bad client credentials and non-operator callers of scoped-token, in the current error shape", async () => {
    const { call, scoped } = harness();
    const bad = await call("POST", "/api/v1/account/applications/token", undefined, {
      client_id: "sandbox-client",
      client_secret: "nope",
    });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ message: "Invalid client credentials", errors: [] });
    const token = await scoped("a");
    const denied = await call("POST", "/api/v1/account/applications/scoped-token", token, {
      workspace_name: "b",
    });
    expect(denied.status).toBe(403);
    const missing = await call(
      "POST",
      "/api/v1/account/applications/scoped-token",
      await harness().operator(),
      {},
    );
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ field: "workspace_name", error_code: "missing" });
  });

  it("serves templates as ConnectorSpecifications minus the template defaults, with modes and tags", async () => {
    const { call, scoped } = harness();
    const token = await scoped("w");
    const list = await call("GET", "/api/v1/integrations/templates/sources", token);
    expect(list.body.data).toHaveLength(seedTemplates.length);
    expect(new Set(list.body.data.map((t: Json) => t.mode))).toEqual(
      new Set(["DIRECT", "MULTI", "REPLICATION"]),
    );
    const detail = await call("GET", `/api/v1/integrations/templates/sources/${GITHUB.id}`, token);
    expect(detail.body).toMatchObject({ id: GITHUB.id, mode: "DIRECT", connector_name: "source-github" });
    const spec = detail.body.user_config_spec.connectionSpecification;
    // api_url is defaulted by the template: not the user's; credentials stays (only its option is chosen).
    expect(spec.properties.api_url).toBeUndefined();
    expect(spec.properties.credentials).toBeDefined();
    expect(spec.properties.repositories).toBeDefined();
    expect(detail.body.auth_tooltip).toMatch(/personal access token/);
    const hubspot = await call("GET", `/api/v1/integrations/templates/sources/${HUBSPOT.id}`, token);
    expect(hubspot.body.user_config_spec.advanced_auth.auth_flow_type).toBe("oauth2.0");
    // The operator's OAuth client secret is a default: masked for end users.
    expect(hubspot.body.partial_default_config.credentials.client_secret).toBe(SECRET_MASK);
    expect(typeof hubspot.body.auth_tooltip).toBe("object");
  });

  it("filters templates by tags (any/all) and by a widget token's tag selection", async () => {
    const { call, scoped, operator } = harness();
    const token = await scoped("w");
    const ids = async (query: string, bearer = token) =>
      ((await call("GET", `/api/v1/integrations/templates/sources${query}`, bearer)).body.data as Json[]).map(
        (t) => t.name,
      );
    expect(await ids("?tags=database")).toEqual(["MongoDB Atlas", "ClickHouse"].filter((n) => n));
    expect((await ids("?tags=marketing&tags=analytics&tags_mode=all")).length).toBe(1);
    expect((await ids("?tags=marketing&tags=analytics&tags_mode=any")).length).toBe(2);
    const widget = await call("POST", "/api/v1/account/applications/widget-token", await operator(), {
      workspace_name: "w",
      allowed_origin: "https://app.test",
      selected_source_template_tags: ["crm"],
    });
    const { token: jwt } = JSON.parse(atob(widget.body.token));
    expect(await ids("", jwt)).toHaveLength(1);
    expect((await call("GET", `/api/v1/integrations/templates/sources/${GITHUB.id}`, jwt)).status).toBe(404);
  });

  it("checks deterministically: the wrong-credentials value fails with a message for the user", async () => {
    const { call, scoped } = harness({ wrongCredentials: "nope-nope" });
    const token = await scoped("w");
    const ok = await call("POST", "/api/v1/integrations/connectors/check", token, githubBody("w"));
    expect(ok.body).toMatchObject({ status: "succeeded", failure_reason: null });
    const failed = await call(
      "POST",
      "/api/v1/integrations/connectors/check",
      token,
      githubBody("w", "nope-nope"),
    );
    expect(failed.body.status).toBe("failed");
    expect(failed.body.failure_reason.external_message).toMatch(/rejected these credentials/);
    expect(JSON.stringify(failed.body)).not.toContain("nope-nope");
  });

  it("creates, lists, reads, updates and deletes connectors, never echoing a secret", async () => {
    const { call, scoped } = harness();
    const token = await scoped("w");
    const created = await call("POST", "/api/v1/integrations/connectors", token, {
      ...githubBody("w"),
      name: "Mine",
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: "Mine",
      source_template: { id: GITHUB.id, source_definition_id: expect.any(String) },
    });
    expect(created.body.replication_config.credentials.personal_access_token).toBe(SECRET_MASK);
    expect(created.body.replication_config.api_url).toBe("https://api.github.com/");
    const id = created.body.id as string;
    const list = await call("GET", "/api/v1/integrations/connectors?workspace_name=w", token);
    expect(list.body.data.map((c: Json) => c.id)).toEqual([id]);
    const updated = await call("PUT", `/api/v1/integrations/connectors/${id}`, token, {
      name: "Renamed",
      replication_config: { repositories: ["a/b"] },
    });
    expect(updated.body).toMatchObject({ name: "Renamed", replication_config: { repositories: ["a/b"] } });
    const got = await call("GET", `/api/v1/integrations/connectors/${id}`, token);
    expect(got.body.name).toBe("Renamed");
    const recheck = await call("POST", `/api/v1/integrations/connectors/${id}/check`, token, {});
    expect(recheck.body.status).toBe("succeeded");
    const deleted = await call("DELETE", `/api/v1/integrations/connectors/${id}`, token);
    expect(deleted.status).toBe(202);
    expect(deleted.body.job_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call("GET", `/api/v1/integrations/connectors/${id}`, token)).status).toBe(404);
    for (const response of [created, list, updated, got])
      expect(JSON.stringify(response.body)).not.toContain(PAT);
  });

  it("answers validation errors as {message, errors: [{field}]} naming body fields", async () => {
    const { call, scoped } = harness();
    const token = await scoped("w");
    const response = await call("POST", "/api/v1/integrations/connectors", token, {
      workspace_name: "w",
      source_template_id: GITHUB.id,
      credentials: { personal_access_token: 42 },
      replication_config: {},
    });
    expect(response.status).toBe(422);
    const fields = (response.body.errors as Json[]).map((e) => e.field);
    expect(fields).toContain("credentials.personal_access_token");
    expect(fields).toContain("replication_config.repositories");
  });

  it("keeps a scoped token to its own workspace (403), while the operator acts for any", async () => {
    const { call, scoped, operator } = harness();
    const mine = await scoped("mine");
    await scoped("theirs");
    const denied = await call("POST", "/api/v1/integrations/connectors", mine, githubBody("theirs"));
    expect(denied.status).toBe(403);
    expect(denied.body.message).toMatch(/another workspace/);
    expect((await call("GET", "/api/v1/integrations/connectors?workspace_name=theirs", mine)).status).toBe(
      403,
    );
    const op = await operator();
    const created = await call("POST", "/api/v1/integrations/connectors", op, githubBody("theirs"));
    expect(created.status).toBe(200);
    // Someone else's connector does not exist for the scoped token.
    expect((await call("GET", `/api/v1/integrations/connectors/${created.body.id}`, mine)).status).toBe(404);
    expect((await call("GET", `/api/v1/integrations/connectors/${created.body.id}`, op)).status).toBe(200);
  });

  it("applies injected faults and answers any origin's CORS preflight for the current API", async () => {
    const { call, scoped } = harness();
    const token = await scoped("w");
    const fault = await call("POST", "/api/v1/integrations/connectors", token, githubBody("w"), {
      "x-sandbox-fault": "500",
    });
    expect(fault.status).toBe(500);
    expect(fault.body.message).toMatch(/injected/);
    const preflight = await call("OPTIONS", "/api/v1/integrations/connectors", undefined, undefined, {
      origin: "https://anywhere.example",
      "access-control-request-method": "POST",
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
  });
});
