// @vitest-environment node
import { makeJwt, rejectionOf } from "@credential-form/test-utils";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CredentialApiError } from "./CredentialApiError.js";
import { createEmbeddedClient } from "./createEmbeddedClient.js";

const BASE = "https://api.test.invalid";
const WORKSPACE_ID = "0c2f9e61-3b7a-4a3e-9d55-6f1b2a7c8d90";
const SECRET = "sk_live_9f8e7d6c5b4a";
const TEMPLATE_ID = "5b2e331f-d750-42f5-8b64-1425c2d0c393";
const DEF_ID = "e094cb9a-26de-4645-8761-65c0c425d1de";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A scoped token as Airbyte mints it: a bare JWT (no envelope), here without a workspace claim. */
const scopedToken = (n = 1) => makeJwt({ sub: `scoped-${n}`, exp: Math.floor(Date.now() / 1000) + 900 });

const USER_SPEC = {
  type: "object",
  required: ["credentials"],
  properties: {
    credentials: {
      type: "object",
      properties: { api_key: { type: "string", airbyte_secret: true } },
    },
    start_date: { type: "string" },
  },
};

const TEMPLATE = {
  id: TEMPLATE_ID,
  name: "Stripe",
  icon: null,
  source_definition_id: DEF_ID,
  user_config_spec: {
    connectionSpecification: USER_SPEC,
    advanced_auth: { auth_flow_type: "oauth2.0", oauth_config_specification: {} },
  },
  partial_default_config: { region: "eu" },
  mode: "DIRECT",
  tags: ["payments"],
  auth_tooltip: "Find your key under Developers → API keys.",
  connector_name: "source-stripe",
};

interface Seen {
  path: string;
  search: URLSearchParams;
  auth: string | null;
  body: unknown;
}

/** Handlers for the info, template, check and create endpoints, recording every request. */
function api(
  seen: Seen[],
  answers: { check?: () => Response; create?: () => Response; info?: () => Response } = {},
) {
  const log = async (request: Request) => {
    const url = new URL(request.url);
    const text = await request.text();
    seen.push({
      path: url.pathname,
      search: url.searchParams,
      auth: request.headers.get("authorization"),
      body: text ? JSON.parse(text) : null,
    });
  };
  server.use(
    http.get(`${BASE}/api/v1/account/applications/scoped-token/info`, async ({ request }) => {
      await log(request);
      return (
        answers.info?.() ??
        HttpResponse.json({
          organization_id: "6a7d5bba-1f34-4c41-9a2b-0b6a3c1e2f90",
          workspace_id: WORKSPACE_ID,
          workspace_name: "acme-customer-7",
        })
      );
    }),
    http.get(`${BASE}/api/v1/integrations/templates/sources`, async ({ request }) => {
      await log(request);
      const {
        user_config_spec: _,
        partial_default_config: __,
        source_definition_id: id,
        ...summary
      } = TEMPLATE;
      return HttpResponse.json({ data: [{ ...summary, actor_definition_id: id }] });
    }),
    http.get(`${BASE}/api/v1/integrations/templates/sources/:id`, async ({ request }) => {
      await log(request);
      return HttpResponse.json(TEMPLATE);
    }),
    http.post(`${BASE}/api/v1/integrations/connectors/check`, async ({ request }) => {
      await log(request);
      return answers.check?.() ?? HttpResponse.json({ id: "c1", status: "succeeded" });
    }),
    http.post(`${BASE}/api/v1/integrations/connectors`, async ({ request }) => {
      await log(request);
      return (
        answers.create?.() ??
        HttpResponse.json({
          id: "a4c1f8e2-0000-4000-8000-000000000001",
          name: "Stripe",
          source_template: { ...TEMPLATE },
          replication_config: { start_date: "2024-01-01" },
        })
      );
    }),
  );
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, CredentialApiError);

const CONFIG = { credentials: { api_key: SECRET }, start_date: "2024-01-01" };

describe("createEmbeddedClient, agent-api flavour (the default)", () => {
  it("learns the workspace name from scoped-token/info, once per token, and never sends the UUID", async () => {
    const seen: Seen[] = [];
    api(seen);
    const token = scopedToken();
    const client = createEmbeddedClient({ token, baseUrl: BASE });
    await client.createSource({ templateId: TEMPLATE_ID, config: CONFIG });
    await client.createSource({ templateId: TEMPLATE_ID, config: CONFIG });
    const paths = seen.map((s) => s.path);
    expect(paths.filter((p) => p.endsWith("/scoped-token/info"))).toHaveLength(1);
    expect(seen.every((s) => s.auth === `Bearer ${token}`)).toBe(true);
    const create = seen.find((s) => s.path === "/api/v1/integrations/connectors");
    expect(create?.body).toEqual({
      workspace_name: "acme-customer-7",
      source_template_id: TEMPLATE_ID,
      credentials: { api_key: SECRET },
      replication_config: { start_date: "2024-01-01" },
    });
    expect(JSON.stringify(seen.map((s) => s.body))).not.toContain(WORKSPACE_ID);
    expect(await client.getWorkspace()).toEqual({
      organizationId: "6a7d5bba-1f34-4c41-9a2b-0b6a3c1e2f90",
      workspaceId: WORKSPACE_ID,
      workspaceName: "acme-customer-7",
    });
  });

  it("asks scoped-token/info again for a refreshed token, and not at all with the workspaceName option", async () => {
    const seen: Seen[] = [];
    api(seen);
    let n = 0;
    const getToken = vi.fn(async () => scopedToken(++n));
    const client = createEmbeddedClient({ token: getToken, baseUrl: BASE });
    await client.getWorkspace();
    client.tokenProvider.invalidate();
    await client.getWorkspace();
    expect(seen.filter((s) => s.path.endsWith("/info"))).toHaveLength(2);

    const named: Seen[] = [];
    api(named);
    const explicit = createEmbeddedClient({
      token: scopedToken(),
      baseUrl: BASE,
      workspaceName: "host-said",
    });
    await explicit.createSource({ templateId: TEMPLATE_ID, config: CONFIG, check: "off" });
    expect(named.some((s) => s.path.endsWith("/info"))).toBe(false);
    expect(named.at(-1)?.body).toMatchObject({ workspace_name: "host-said" });
  });

  it("reports an info answer without workspace_name as bad_response", async () => {
    api([], { info: () => HttpResponse.json({ workspace_id: WORKSPACE_ID }) });
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE });
    expect((await errorOf(client.getWorkspace())).code).toBe("bad_response");
  });

  it("lists templates with tags and tags_mode, and reads the current template shape", async () => {
    const seen: Seen[] = [];
    api(seen);
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE });
    expect(await client.listSourceTemplates({ tags: ["payments", "eu"], tagsMode: "all" })).toEqual([
      {
        id: TEMPLATE_ID,
        name: "Stripe",
        icon: null,
        connectorName: "source-stripe",
        tags: ["payments"],
        mode: "DIRECT",
      },
    ]);
    expect(seen[0]?.search.getAll("tags")).toEqual(["payments", "eu"]);
    expect(seen[0]?.search.get("tags_mode")).toBe("all");
    expect(seen[0]?.search.has("workspace_id")).toBe(false);
    expect(await client.getSourceTemplate(TEMPLATE_ID)).toEqual({
      id: TEMPLATE_ID,
      name: "Stripe",
      icon: null,
      connectorName: "source-stripe",
      tags: ["payments"],
      mode: "DIRECT",
      sourceDefinitionId: DEF_ID,
      partialDefaultConfig: { region: "eu" },
      userConfigSpec: USER_SPEC,
      advancedAuth: TEMPLATE.user_config_spec.advanced_auth,
      authTooltip: "Find your key under Developers → API keys.",
    });
  });

  it("reads an object auth_tooltip", async () => {
    server.use(
      http.get(`${BASE}/api/v1/integrations/templates/sources/:id`, () =>
        HttpResponse.json({ ...TEMPLATE, auth_tooltip: { en: "Use a key", fr: "Une clé" } }),
      ),
    );
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE, workspaceName: "w" });
    expect((await client.getSourceTemplate(TEMPLATE_ID)).authTooltip).toEqual({
      en: "Use a key",
      fr: "Une clé",
    });
  });

  it("checks before creating with the same body, and reports the check on the created source", async () => {
    const seen: Seen[] = [];
    api(seen);
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE });
    const created = await client.createSource({ templateId: TEMPLATE_ID, config: CONFIG, name: "Mine" });
    const check = seen.find((s) => s.path.endsWith("/connectors/check"));
    const create = seen.find((s) => s.path === "/api/v1/integrations/connectors");
    expect(check?.body).toEqual(create?.body);
    expect(seen.map((s) => s.path).indexOf(check!.path)).toBeLessThan(
      seen.map((s) => s.path).indexOf(create!.path),
    );
    expect(created).toMatchObject({
      id: "a4c1f8e2-0000-4000-8000-000000000001",
      name: "Stripe",
      sourceDefinitionId: DEF_ID,
      check: { status: "succeeded", message: null },
    });
  });

  it.each(["inconclusive", "skipped"] as const)("creates after an %s check and says so", async (status) => {
    const seen: Seen[] = [];
    api(seen, {
      check: () => HttpResponse.json({ id: "c", status, error_message: "no check for this connector" }),
    });
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE });
    const created = await client.createSource({ templateId: TEMPLATE_ID, config: CONFIG });
    expect(created.check).toMatchObject({ status, message: "no check for this connector" });
    expect(seen.some((s) => s.path === "/api/v1/integrations/connectors")).toBe(true);
  });

  it("does not create after a failed check: check_failed with the external message, never the internal one", async () => {
    const seen: Seen[] = [];
    api(seen, {
      check: () =>
        HttpResponse.json({
          id: "c",
          status: "failed",
          error_message: "fallback",
          failure_reason: {
            timestamp: 1,
            external_message: `The API key ${SECRET} is not valid.`,
            internal_message: "stack: HTTP 401 from api.stripe.com",
            stacktrace: "at …",
          },
        }),
    });
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE });
    const error = await errorOf(client.createSource({ templateId: TEMPLATE_ID, config: CONFIG }));
    expect(error).toMatchObject({ code: "check_failed", retryable: false, fieldErrors: [] });
    expect(error.message).toBe("The API key [redacted] is not valid.");
    expect(seen.some((s) => s.path === "/api/v1/integrations/connectors")).toBe(false);

    // checkSource returns the same result without throwing.
    expect(await client.checkSource({ templateId: TEMPLATE_ID, config: CONFIG })).toMatchObject({
      status: "failed",
      message: "The API key [redacted] is not valid.",
    });
  });

  it("skips the check with check: off (per call or per client)", async () => {
    const seen: Seen[] = [];
    api(seen);
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE, check: "off" });
    const created = await client.createSource({ templateId: TEMPLATE_ID, config: CONFIG });
    expect(created.check).toBeUndefined();
    const perCall = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE });
    await perCall.createSource({ templateId: TEMPLATE_ID, config: CONFIG, check: "off" });
    expect(seen.some((s) => s.path.endsWith("/check"))).toBe(false);
  });

  it("uses the template the caller passes instead of fetching it", async () => {
    const seen: Seen[] = [];
    api(seen);
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE, workspaceName: "w" });
    const template = await client.getSourceTemplate(TEMPLATE_ID);
    seen.length = 0;
    await client.createSource({
      templateId: TEMPLATE_ID,
      template: { ...template, mode: "REPLICATION" },
      config: CONFIG,
    });
    expect(seen.map((s) => s.path)).toEqual([
      "/api/v1/integrations/connectors/check",
      "/api/v1/integrations/connectors",
    ]);
    expect(seen[1]?.body).toEqual({
      workspace_name: "w",
      source_template_id: TEMPLATE_ID,
      replication_config: CONFIG,
    });
  });

  it("maps {message, errors: [{field}]} onto the config: credentials.* and replication_config.*", async () => {
    api([], {
      create: () =>
        HttpResponse.json(
          {
            message: "Invalid configuration",
            errors: [
              { field: "credentials.api_key", message: "is not a valid key", error_code: "invalid" },
              { field: "replication_config.start_date", message: "must be a date", error_code: "format" },
              { field: "workspace_name", message: "unknown workspace", error_code: "not_found" },
            ],
          },
          { status: 422 },
        ),
    });
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE, check: "off" });
    const error = await errorOf(client.createSource({ templateId: TEMPLATE_ID, config: CONFIG }));
    expect(error).toMatchObject({ code: "validation", status: 422 });
    expect(error.fieldErrors).toEqual([
      { path: "/credentials/api_key", message: "is not a valid key" },
      { path: "/start_date", message: "must be a date" },
    ]);
  });

  it("throws a TypeError for checkSource on a flavour without a check endpoint", async () => {
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE, flavour: "embedded-sources" });
    await expect(client.checkSource({ templateId: "t", config: {} })).rejects.toThrow(TypeError);
  });

  it("gives the older flavours the workspace id from scoped-token/info when the token has no claim", async () => {
    const seen: Seen[] = [];
    api(seen);
    server.use(
      http.post(`${BASE}/api/v1/embedded/sources`, async ({ request }) =>
        HttpResponse.json({ id: "s", body: await request.json() }),
      ),
    );
    const client = createEmbeddedClient({ token: scopedToken(), baseUrl: BASE, flavour: "embedded-sources" });
    const created = await client.createSource({ templateId: "t", config: {} });
    expect((created.raw as { body: unknown }).body).toMatchObject({ workspace_id: WORKSPACE_ID });
  });
});
