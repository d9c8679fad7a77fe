// @vitest-environment node
import { getSource, makeJwt } from "@credential-form/test-utils";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { planOAuth } from "../oauth/planOAuth.js";
import { stripOAuthOutputs } from "../oauth/stripOAuthOutputs.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { CredentialApiError } from "./CredentialApiError.js";
import { createEmbeddedClient } from "./createEmbeddedClient.js";
import { OAUTH_INITIATE_PATH } from "./initiateOAuth.js";

const BASE = "https://api.test.invalid";
const TEMPLATE_ID = "5b2e331f-d750-42f5-8b64-1425c2d0c393";
const SECRET_ID = "oauth-secret-7f3a9c1e";
const github = getSource("airbyte/source-github");

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const token = () => makeJwt({ sub: "scoped", exp: Math.floor(Date.now() / 1000) + 900 });

interface Seen {
  path: string;
  body: Record<string, unknown> | null;
}

function record(seen: Seen[], answer: (path: string) => Response) {
  return async ({ request }: { request: Request }) => {
    const text = await request.text();
    const path = new URL(request.url).pathname;
    seen.push({ path, body: text ? JSON.parse(text) : null });
    return answer(path);
  };
}

describe("initiateOAuth", () => {
  it("posts the workspace, connector, redirect URL and pre-consent values; returns the consent URL", async () => {
    const seen: Seen[] = [];
    server.use(
      http.get(`${BASE}/api/v1/account/applications/scoped-token/info`, () =>
        HttpResponse.json({ organization_id: "o", workspace_id: "w", workspace_name: "acme-customer-1" }),
      ),
      http.post(
        `${BASE}${OAUTH_INITIATE_PATH}`,
        record(seen, () => HttpResponse.json({ consent_url: "https://consent.test.invalid/c/1" })),
      ),
    );
    const client = createEmbeddedClient({ token: token(), baseUrl: BASE });
    const consent = await client.initiateOAuth({
      connectorType: github.sourceDefinitionId,
      redirectUrl: "https://host.test.invalid/oauth-callback.html?state=abc",
      oauthInputConfiguration: { domain: "gitlab.example.com" },
    });
    expect(consent).toEqual({ consentUrl: "https://consent.test.invalid/c/1" });
    expect(seen).toEqual([
      {
        path: OAUTH_INITIATE_PATH,
        body: {
          external_user_id: "acme-customer-1",
          connector_type: github.sourceDefinitionId,
          redirect_url: "https://host.test.invalid/oauth-callback.html?state=abc",
          oauth_input_configuration: { domain: "gitlab.example.com" },
        },
      },
    ]);
  });

  it("rejects an answer without a http(s) consent URL, and keeps pre-consent secrets out of errors", async () => {
    server.use(
      http.post(`${BASE}${OAUTH_INITIATE_PATH}`, () => HttpResponse.json({ consent_url: "javascript:x" })),
    );
    const client = createEmbeddedClient({ token: token(), baseUrl: BASE, workspaceName: "ws" });
    const error = await client
      .initiateOAuth({ connectorType: "d", redirectUrl: "https://h.test.invalid/cb" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialApiError);
    expect((error as CredentialApiError).code).toBe("bad_response");

    server.use(
      http.post(`${BASE}${OAUTH_INITIATE_PATH}`, () =>
        HttpResponse.json(
          { message: "client_secret sk_intercom_1234 is invalid", errors: [] },
          { status: 422 },
        ),
      ),
    );
    const rejected = (await client
      .initiateOAuth({
        connectorType: "d",
        redirectUrl: "https://h.test.invalid/cb",
        oauthInputConfiguration: { client_secret: "sk_intercom_1234" },
      })
      .catch((e: unknown) => e)) as CredentialApiError;
    expect(rejected.code).toBe("validation");
    expect(rejected.message).not.toContain("sk_intercom_1234");
  });
});

describe("createSource with serverSideOAuthSecretId", () => {
  const template = {
    id: TEMPLATE_ID,
    name: "GitHub",
    icon: null,
    sourceDefinitionId: github.sourceDefinitionId,
    partialDefaultConfig: {},
    userConfigSpec: github.spec.connectionSpecification,
    advancedAuth: github.spec.advanced_auth ?? null,
    mode: "REPLICATION" as const,
  };

  it("sends server_side_oauth_secret_id beside the config stripped of the OAuth fields, on check and create", async () => {
    const seen: Seen[] = [];
    server.use(
      http.post(
        `${BASE}/api/v1/integrations/connectors/check`,
        record(seen, () => HttpResponse.json({ status: "succeeded" })),
      ),
      http.post(
        `${BASE}/api/v1/integrations/connectors`,
        record(seen, () => HttpResponse.json({ id: "src-1", name: "GitHub" })),
      ),
    );
    const client = createEmbeddedClient({ token: token(), baseUrl: BASE, workspaceName: "ws" });
    const created = await client.createSource({
      templateId: TEMPLATE_ID,
      template,
      // A stale token typed by nobody: it must not travel beside the secret id.
      config: stripOAuthOutputs(planOAuth(template.userConfigSpec as JSONSchema, template.advancedAuth)!, {
        repositories: ["airbytehq/airbyte"],
        credentials: { option_title: "OAuth Credentials", access_token: "stale-token-1", client_id: "x" },
      }),
      serverSideOAuthSecretId: SECRET_ID,
    });
    expect(created.id).toBe("src-1");
    expect(seen.map((s) => s.path)).toEqual([
      "/api/v1/integrations/connectors/check",
      "/api/v1/integrations/connectors",
    ]);
    for (const { body } of seen) {
      expect(body).toEqual({
        workspace_name: "ws",
        source_template_id: TEMPLATE_ID,
        server_side_oauth_secret_id: SECRET_ID,
        replication_config: {
          repositories: ["airbytehq/airbyte"],
          credentials: { option_title: "OAuth Credentials" },
        },
      });
    }
  });

  it("keeps the secret id out of error messages", async () => {
    server.use(
      http.post(`${BASE}/api/v1/integrations/connectors`, () =>
        HttpResponse.json({ message: `secret ${SECRET_ID} has expired`, errors: [] }, { status: 422 }),
      ),
    );
    const client = createEmbeddedClient({ token: token(), baseUrl: BASE, workspaceName: "ws", check: "off" });
    const error = (await client
      .createSource({ templateId: TEMPLATE_ID, template, config: {}, serverSideOAuthSecretId: SECRET_ID })
      .catch((e: unknown) => e)) as CredentialApiError;
    expect(error).toBeInstanceOf(CredentialApiError);
    expect(error.message).not.toContain(SECRET_ID);
  });
});
