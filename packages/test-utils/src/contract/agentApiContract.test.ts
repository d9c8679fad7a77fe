// @vitest-environment node
import { createEmbeddedClient, type EmbeddedClient } from "@credential-form/core";
import contract from "@credential-form/fixtures/contract/agent-api-contract.json" with { type: "json" };
import { createSandbox, type Sandbox, seedTemplates } from "@credential-form/sandbox";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Contract tests of the current Agent API (0.9.0): every response the sandbox sends on the contract's endpoints
 * validates against the contract's response schema for its status, and every body the core client sends
 * validates against the endpoint's request schema. The contract lists 200/202 and 400/403/422/500 responses; a
 * 401 or 404 (which it does not list) is held to its error schema, the same for every error status.
 */

interface Endpoint {
  method: string;
  path: string;
  request: object | null;
  responses: Record<string, object>;
}

interface Exchange {
  method: string;
  path: string;
  /** Who sent it: the core client, or the test itself (operator calls, deliberate errors). */
  from: "client" | "test";
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

const BASE = "https://api.contract.test";
const endpoints = (contract as unknown as { endpoints: Endpoint[] }).endpoints;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
// `strict: false`: the contract keeps OpenAPI's `discriminator` (with `#/components` refs Ajv cannot follow),
// which is only a hint beside the `oneOf` it annotates.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<object, ValidateFunction>();
const validatorOf = (schema: object) => {
  const validate = compiled.get(schema) ?? ajv.compile(schema);
  compiled.set(schema, validate);
  return validate;
};

const patterns = endpoints.map((endpoint) => ({
  endpoint,
  regex: new RegExp(`^${endpoint.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** The contract's endpoint for a request; the most literal path wins (`/connectors/check` over `/connectors/{id}`). */
function endpointOf(method: string, path: string): Endpoint | undefined {
  return patterns
    .filter((p) => p.endpoint.method === method && p.regex.test(path))
    .sort((a, b) => (a.endpoint.path.includes("{") ? 1 : 0) - (b.endpoint.path.includes("{") ? 1 : 0))[0]
    ?.endpoint;
}

function describeErrors(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors, { separator: "\n" });
}

const exchanges: Exchange[] = [];
let sandbox: Sandbox;

/** A fetch over the sandbox that records every exchange. */
function recordingFetch(from: Exchange["from"]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    const response = await sandbox.handle(request);
    const body = await response.clone().text();
    exchanges.push({
      method: request.method,
      path: new URL(request.url).pathname,
      from,
      requestBody: text ? JSON.parse(text) : null,
      status: response.status,
      responseBody: body ? JSON.parse(body) : null,
    });
    return response;
  };
}

const send = (method: string, path: string, token?: string, body?: unknown) =>
  recordingFetch("test")(BASE + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

describe("the Agent API contract", () => {
  beforeAll(async () => {
    sandbox = createSandbox({ publicUrl: BASE });
    // Operator side, as a partner's backend does it.
    const operator = (
      await send("POST", "/api/v1/account/applications/token", undefined, {
        client_id: "sandbox-client",
        client_secret: "sandbox-secret",
      })
    ).body.access_token as string;
    await send("POST", "/api/v1/account/applications/token", undefined, { client_id: "x" });
    const scoped = (
      await send("POST", "/api/v1/account/applications/scoped-token", operator, { workspace_name: "acme-7" })
    ).body.token as string;
    await send("POST", "/api/v1/account/applications/scoped-token", operator, { region_id: 3 });
    await send("POST", "/api/v1/account/applications/widget-token", operator, {
      workspace_name: "acme-7",
      allowed_origin: "https://partner.example",
      selected_source_template_tags: ["database"],
      selected_source_template_tags_mode: "any",
    });
    await send("POST", "/api/v1/account/applications/widget-token", operator, { workspace_name: "acme-7" });
    await send("POST", "/api/v1/account/applications/scoped-token", operator, {
      workspace_name: "someone-else",
    });

    // End-user side, through the core client.
    const client: EmbeddedClient = createEmbeddedClient({
      token: scoped,
      baseUrl: BASE,
      fetch: recordingFetch("client"),
    });
    await client.getWorkspace();
    await client.listSourceTemplates();
    await client.listSourceTemplates({ tags: ["marketing", "analytics"], tagsMode: "all" });
    const created: string[] = [];
    for (const seed of seedTemplates) {
      const template = await client.getSourceTemplate(seed.id);
      const source = await client.createSource({
        templateId: seed.id,
        template,
        config: seed.example_user_config ?? {},
        name: `${seed.name} of acme-7`,
      });
      created.push(source.id);
    }
    const github = seedTemplates.find((t) => t.docker_repository === "airbyte/source-github")!;
    await client.checkSource({
      templateId: github.id,
      config: { credentials: { personal_access_token: "wrong-credentials" }, repositories: ["a/b"] },
    });
    await client
      .createSource({ templateId: github.id, config: { credentials: { personal_access_token: 7 } } })
      .catch(() => {});

    // The client's connector calls: list, get, check before update, update, delete.
    const [first, second, third] = created;
    await client.listConnectors();
    await client.getConnector(first!);
    await client.updateConnector({ id: first!, body: { name: "Edited", replication_config: {} } });
    await client.checkConnectorUpdate({ id: first!, body: {} });
    await client.deleteConnector(third!);

    // The rest of the connector endpoints, with the scoped token and the operator's.
    await send("GET", "/api/v1/integrations/connectors?workspace_name=acme-7", scoped);
    await send("GET", "/api/v1/integrations/connectors?workspace_name=someone-else", scoped);
    await send("GET", "/api/v1/integrations/connectors", operator);
    await send("GET", `/api/v1/integrations/connectors/${first}`, scoped);
    await send("GET", "/api/v1/integrations/connectors/00000000-0000-4000-8000-000000000000", scoped);
    await send("PUT", `/api/v1/integrations/connectors/${first}`, scoped, { name: "Renamed" });
    await send("PUT", `/api/v1/integrations/connectors/${first}`, scoped, { replication_config: [] });
    await send("POST", `/api/v1/integrations/connectors/${first}/check`, scoped, {});
    await send("DELETE", `/api/v1/integrations/connectors/${second}`, scoped);
    await send("GET", `/api/v1/integrations/templates/sources/${github.id}`, operator);
    await send("GET", "/api/v1/integrations/templates/sources/no-such-template", scoped);
    await send("GET", "/api/v1/account/applications/scoped-token/info");
    await send("GET", "/api/v1/integrations/templates/sources?tags_mode=some", scoped);
    await send("POST", "/api/v1/integrations/connectors", scoped, {
      workspace_name: "someone-else",
      source_template_id: github.id,
      replication_config: {},
    });
    sandbox.faults.add({ match: "POST /api/v1/integrations/connectors", fault: "500" });
    await send("POST", "/api/v1/integrations/connectors", scoped, {
      workspace_name: "acme-7",
      source_template_id: github.id,
      replication_config: {},
    });
  });

  it("exercises every endpoint of the contract, each with a success", () => {
    for (const endpoint of endpoints) {
      const seen = exchanges.filter((e) => endpointOf(e.method, e.path) === endpoint);
      expect(
        seen.some((e) => e.status < 300),
        `${endpoint.method} ${endpoint.path}`,
      ).toBe(true);
    }
    const statuses = new Set(exchanges.map((e) => e.status));
    for (const status of [200, 202, 401, 403, 404, 422, 500])
      expect(statuses.has(status), String(status)).toBe(true);
  });

  it("every sandbox response validates against the contract's schema for its status", () => {
    let checked = 0;
    for (const exchange of exchanges) {
      const endpoint = endpointOf(exchange.method, exchange.path);
      expect(endpoint, `${exchange.method} ${exchange.path} is in the contract`).toBeDefined();
      const schema =
        endpoint!.responses[String(exchange.status)] ??
        (exchange.status >= 400 ? endpoint!.responses["400"] : undefined);
      expect(schema, `${exchange.method} ${exchange.path} → ${exchange.status}`).toBeDefined();
      const validate = validatorOf(schema!);
      expect(
        validate(exchange.responseBody),
        `${exchange.method} ${exchange.path} → ${exchange.status}\n${describeErrors(validate)}`,
      ).toBe(true);
      if (exchange.status >= 400) {
        // Not only valid (the error schema requires nothing): the current shape itself.
        expect(exchange.responseBody).toMatchObject({
          message: expect.any(String),
          errors: expect.any(Array),
        });
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("every body the core client sends validates against the endpoint's request schema", () => {
    const sent = exchanges.filter((e) => e.from === "client" && e.requestBody !== null);
    expect(sent.filter((e) => e.path.endsWith("/connectors/check")).length).toBeGreaterThan(
      seedTemplates.length,
    );
    expect(sent.filter((e) => e.path === "/api/v1/integrations/connectors").length).toBe(
      seedTemplates.length,
    );
    // The update and its check went through the client too.
    expect(sent.some((e) => e.method === "PUT" && /\/connectors\/[0-9a-f-]{36}$/.test(e.path))).toBe(true);
    expect(sent.some((e) => e.method === "POST" && /\/connectors\/[0-9a-f-]{36}\/check$/.test(e.path))).toBe(
      true,
    );
    for (const exchange of sent) {
      const endpoint = endpointOf(exchange.method, exchange.path)!;
      expect(endpoint.request, `${exchange.method} ${exchange.path} takes a body`).not.toBeNull();
      const validate = validatorOf(endpoint.request!);
      expect(validate(exchange.requestBody), `${exchange.path}\n${describeErrors(validate)}`).toBe(true);
    }
    // Every seeded template was created by the client: the check passed and the sandbox accepted each body.
    const creates = exchanges.filter(
      (e) => e.from === "client" && e.path === "/api/v1/integrations/connectors",
    );
    expect(creates.every((e) => e.status === 200)).toBe(true);
  });

  it("the client's check result for the wrong credentials is the sandbox's failure, for the user", () => {
    const failed = exchanges.find(
      (e) =>
        e.path.endsWith("/connectors/check") && (e.responseBody as { status?: string }).status === "failed",
    );
    expect(failed).toBeDefined();
  });
});
