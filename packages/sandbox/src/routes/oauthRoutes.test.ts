// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { type Json, jsonCaller } from "../__tests__/helpers.js";
import { SECRET_MASK } from "../maskSecrets.js";
import { type SandboxServer, startSandboxServer } from "../node/startSandboxServer.js";
import { seedTemplates } from "../seedTemplates.js";

const GITHUB = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
const GITHUB_ID = "ef69ef6e-aa7f-4af1-a01d-ef775033524e";
const CALLBACK = "https://host.test/oauth-callback.html?state=s-123";

let server: SandboxServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(options: Parameters<typeof startSandboxServer>[0] = {}) {
  server = await startSandboxServer({ port: 0, ...options });
  const base = server.url;
  const call = jsonCaller(base);
  const operator = (
    await call("POST", "/api/v1/account/applications/token", undefined, {
      client_id: "sandbox-client",
      client_secret: "sandbox-secret",
    })
  ).body.access_token as string;
  const scoped = async (name: string) =>
    (await call("POST", "/api/v1/account/applications/scoped-token", operator, { workspace_name: name })).body
      .token as string;
  const initiate = (token: string, body: Json) =>
    call("POST", "/api/v1/integrations/connectors/oauth/initiate", token, body);
  /** Answers the consent page like a browser would (a form POST), without following the redirect. */
  const decide = (consentUrl: string, decision: "allow" | "deny") =>
    fetch(consentUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `decision=${decision}`,
      redirect: "manual",
    });
  const consent = async (token: string, workspace: string, connector = GITHUB_ID) => {
    const started = await initiate(token, {
      external_user_id: workspace,
      connector_type: connector,
      redirect_url: CALLBACK,
    });
    expect(started.status).toBe(200);
    const answer = await decide(started.body.consent_url, "allow");
    expect(answer.status).toBe(303);
    const location = new URL(answer.headers.get("location") ?? "");
    return location.searchParams.get("secret_id") ?? "";
  };
  const create = (token: string, workspace: string, secretId: string, extra: Json = {}) =>
    call("POST", "/api/v1/integrations/connectors", token, {
      workspace_name: workspace,
      source_template_id: GITHUB.id,
      credentials: { option_title: "OAuth Credentials" },
      replication_config: { repositories: ["airbytehq/airbyte"] },
      server_side_oauth_secret_id: secretId,
      ...extra,
    });
  return { base, call, scoped, initiate, decide, consent, create };
}

describe("the sandbox's server-side OAuth, over HTTP", () => {
  it("initiate → a consent page on the sandbox → Allow → redirect_url with a fresh secret_id, state kept", async () => {
    const { base, scoped, initiate, decide } = await start();
    const token = await scoped("acme-1");
    const started = await initiate(token, {
      external_user_id: "acme-1",
      connector_type: "airbyte/source-github",
      redirect_url: CALLBACK,
    });
    expect(started.status).toBe(200);
    expect(started.body.consent_url.startsWith(`${base}/oauth/consent/`)).toBe(true);
    const page = await fetch(started.body.consent_url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Allow GitHub access?");
    expect(html).toMatch(/<button[^>]*value="allow"[^>]*>Allow<\/button>/);
    expect(html).toMatch(/<button[^>]*value="deny"[^>]*>Deny<\/button>/);

    const allowed = await decide(started.body.consent_url, "allow");
    expect(allowed.status).toBe(303);
    const location = new URL(allowed.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe("https://host.test/oauth-callback.html");
    expect(location.searchParams.get("state")).toBe("s-123");
    expect(location.searchParams.get("secret_id")).toMatch(/^sandbox-oauth-[0-9a-f-]{36}$/);
    // A consent is answered once.
    expect((await decide(started.body.consent_url, "allow")).status).toBe(410);
    expect((await fetch(started.body.consent_url)).status).toBe(404);
  });

  it("Deny sends the browser back with error=access_denied and no secret", async () => {
    const { scoped, initiate, decide } = await start();
    const token = await scoped("acme-1");
    const started = await initiate(token, {
      external_user_id: "acme-1",
      connector_type: GITHUB_ID,
      redirect_url: CALLBACK,
    });
    const denied = await decide(started.body.consent_url, "deny");
    expect(denied.status).toBe(303);
    const location = new URL(denied.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.has("secret_id")).toBe(false);
    expect(location.searchParams.get("state")).toBe("s-123");
  });

  it("validates initiate: workspace, connector with advanced_auth, redirect URL, pre-consent inputs", async () => {
    const { scoped, initiate } = await start();
    const token = await scoped("acme-1");
    const body = { external_user_id: "acme-1", connector_type: GITHUB_ID, redirect_url: CALLBACK };
    expect((await initiate(token, { ...body, external_user_id: "someone-else" })).status).toBe(403);
    expect((await initiate(token, { ...body, connector_type: "airbyte/source-nope" })).status).toBe(404);
    const noOAuth = await initiate(token, { ...body, connector_type: "airbyte/source-hellobaton" });
    expect(noOAuth.status).toBe(422);
    expect(noOAuth.body.errors[0].field).toBe("connector_type");
    const badUrl = await initiate(token, { ...body, redirect_url: "javascript:alert(1)" });
    expect(badUrl.status).toBe(422);
    expect(badUrl.body.errors[0].field).toBe("redirect_url");
    // Zendesk Chat needs its subdomain before consent.
    const zendesk = { ...body, connector_type: "airbyte/source-zendesk-chat" };
    const missing = await initiate(token, zendesk);
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].field).toBe("oauth_input_configuration.subdomain");
    const given = await initiate(token, { ...zendesk, oauth_input_configuration: { subdomain: "acme" } });
    expect(given.status).toBe(200);
    expect((await initiate("", body)).status).toBe(401);
  });

  it("creates with server_side_oauth_secret_id: the OAuth fields are filled and answered masked; single use", async () => {
    const { call, scoped, consent, create } = await start();
    const token = await scoped("acme-1");
    const secretId = await consent(token, "acme-1");
    // A check does not use the secret up.
    const checked = await call("POST", "/api/v1/integrations/connectors/check", token, {
      workspace_name: "acme-1",
      source_template_id: GITHUB.id,
      credentials: { option_title: "OAuth Credentials" },
      replication_config: { repositories: ["airbytehq/airbyte"] },
      server_side_oauth_secret_id: secretId,
    });
    expect(checked.body.status).toBe("succeeded");
    const created = await create(token, "acme-1", secretId);
    expect(created.status).toBe(200);
    const stored = (await server!.sandbox.store.list("sources")).at(-1)!;
    expect(stored.configuration.credentials).toMatchObject({
      option_title: "OAuth Credentials",
      access_token: expect.stringMatching(/^sandbox-oauth-access_token-/),
    });
    expect(created.body.replication_config.credentials.access_token).toBe(SECRET_MASK);
    expect(JSON.stringify(created.body)).not.toContain("sandbox-oauth-access_token");
    const again = await create(token, "acme-1", secretId);
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({
      field: "server_side_oauth_secret_id",
      error_code: "oauth_secret_used",
    });
  });

  it("refuses an unknown secret, another workspace's, and one without the OAuth option's fields filled", async () => {
    const { scoped, consent, create } = await start();
    const token = await scoped("acme-1");
    const other = await scoped("acme-2");
    expect((await create(token, "acme-1", "sandbox-oauth-made-up")).body.errors[0].error_code).toBe(
      "oauth_secret_unknown",
    );
    const secretId = await consent(token, "acme-1");
    expect((await create(other, "acme-2", secretId)).body.errors[0].error_code).toBe("oauth_secret_unknown");
    // Without the secret, the OAuth option lacks its token: the spec's own validation answers.
    const bare = await create(token, "acme-1", secretId, { server_side_oauth_secret_id: undefined });
    expect(bare.status).toBe(422);
    expect(JSON.stringify(bare.body)).toContain("access_token");
  });

  it("secrets expire after oauthSecretTtlSeconds (and all at once with POST /__sandbox/oauth/expire)", async () => {
    let now = Date.now();
    const { call, scoped, consent, create } = await start({ oauthSecretTtlSeconds: 60, now: () => now });
    const token = await scoped("acme-1");
    const first = await consent(token, "acme-1");
    now += 61_000;
    const late = await create(token, "acme-1", first);
    expect(late.status).toBe(422);
    expect(late.body.errors[0].error_code).toBe("oauth_secret_expired");
    const second = await consent(token, "acme-1");
    expect((await call("POST", "/__sandbox/oauth/expire")).body.expired.secrets).toBe(2);
    expect((await create(token, "acme-1", second)).body.errors[0].error_code).toBe("oauth_secret_expired");
    // Reconnecting gives a fresh secret that works.
    expect((await create(token, "acme-1", await consent(token, "acme-1"))).status).toBe(200);
  });

  it("a slow consent is a fault rule on the consent page", async () => {
    const { scoped, initiate, decide } = await start();
    server!.sandbox.faults.add({ match: "POST /oauth/consent", fault: "latency:300" });
    const token = await scoped("acme-1");
    const started = await initiate(token, {
      external_user_id: "acme-1",
      connector_type: GITHUB_ID,
      redirect_url: CALLBACK,
    });
    const before = performance.now();
    expect((await decide(started.body.consent_url, "allow")).status).toBe(303);
    expect(performance.now() - before).toBeGreaterThanOrEqual(290);
  });
});
