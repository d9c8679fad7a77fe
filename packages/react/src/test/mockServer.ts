import { decodeWidgetToken } from "@credential-form/core";
import { seedTemplates } from "@credential-form/sandbox";
import { allSources, createMockApi, type MockApi, type MockApiOptions } from "@credential-form/test-utils";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** Base URL of the sandbox-backed mock API (never a real Airbyte host). */
export const API_BASE = "https://api.airbyte.test";
/** URL of the registry the sandbox serves (the real fixture). */
export const REGISTRY_URL = `${API_BASE}/registries/v0/cloud_registry.json`;
/** The end user the default token is issued for: the sandbox's workspace name for it. */
export const WORKSPACE_NAME = "story-user";

type TemplateSeeds = NonNullable<NonNullable<MockApiOptions["sandbox"]>["templates"]>;

/** A source template as the sandbox seeds it (API wire shape; `mode` REPLICATION unless given). */
export type MockTemplate = TemplateSeeds[number];

/** One recorded create (or check) request. */
export interface CreateCall {
  authorization: string | null;
  body: Record<string, unknown>;
}

/** The JWT inside a widget token, i.e. what the API receives as Bearer. */
export function jwtOf(widgetToken: string): string {
  return decodeWidgetToken(widgetToken).jwt;
}

/** The id of the template {@link mockServer} seeds for every registry connector (what `renderForm` uses). */
export function templateIdFor(sourceDefinitionId: string): string {
  return `tpl-${sourceDefinitionId}`;
}

const CREATE_PATHS = new Set([
  "/api/v1/integrations/connectors",
  "/api/v1/embedded/sources",
  "/api/v1/embedded/partial_user_configs/",
]);
const CHECK_PATH = "/api/v1/integrations/connectors/check";
const TEMPLATE_PATH = /^\/api\/v1\/(integrations\/templates\/sources|embedded\/source-templates)\/[^/]+$/;

let currentToken: string | null = null;

/** The sandbox-issued widget token of the current test (issued before each test by {@link mockServer}). */
export function mockToken(): string {
  if (!currentToken) throw new Error("mockToken() needs mockServer() in the test file");
  return currentToken;
}

/** Records requests and scripted answers over the sandbox's own handlers. */
function recording(api: MockApi) {
  const state = {
    api,
    creates: [] as CreateCall[],
    checks: [] as CreateCall[],
    templateCalls: 0,
    registryCalls: 0,
    /** JWTs the API answers 401 to. */
    rejectedJwts: new Set<string>(),
    /** Scripted create answers, first-in first-out, in place of the sandbox's (nothing is created). */
    createQueue: [] as ((request: Request) => Response | Promise<Response>)[],
  };
  const handler = http.all(`${API_BASE}/*`, async ({ request }) => {
    const { pathname } = new URL(request.url);
    if (pathname === new URL(REGISTRY_URL).pathname) state.registryCalls++;
    else {
      const authorization = request.headers.get("authorization");
      const jwt = authorization?.replace(/^Bearer /, "") ?? "";
      if (state.rejectedJwts.has(jwt)) return HttpResponse.json({ message: "Unauthorized" }, { status: 401 });
      if (request.method === "GET" && TEMPLATE_PATH.test(pathname)) state.templateCalls++;
      const create = request.method === "POST" && CREATE_PATHS.has(pathname);
      if (create || (request.method === "POST" && pathname === CHECK_PATH)) {
        const body = (await request.clone().json()) as Record<string, unknown>;
        (create ? state.creates : state.checks).push({ authorization, body });
        const scripted = create ? state.createQueue.shift() : undefined;
        if (scripted) return scripted(request);
      }
    }
    return api.forward(request);
  });
  return { state, handler };
}

/**
 * Starts an MSW server for the test file over a fresh sandbox before each test (the real registry fixture, the
 * sandbox's seeded templates, one REPLICATION template per registry connector at {@link templateIdFor}, and
 * `templates`), and issues the test's token ({@link mockToken}).
 */
export function mockServer(templates: MockTemplate[] = [], options: MockApiOptions["sandbox"] = {}) {
  const server = setupServer();
  const perConnector: MockTemplate[] = allSources().map((source) => ({
    id: templateIdFor(source.sourceDefinitionId),
    source_definition_id: source.sourceDefinitionId,
  }));
  const make = async () => {
    const api = createMockApi({
      baseUrl: API_BASE,
      sandbox: { ...options, templates: [...seedTemplates, ...perConnector, ...templates] },
    });
    currentToken = await api.widgetToken();
    return recording(api);
  };
  let current: Awaited<ReturnType<typeof make>> | null = null;
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(async () => {
    current = await make();
    server.resetHandlers(current.handler);
  });
  afterAll(() => {
    currentToken = null;
    server.close();
  });
  return {
    server,
    get state() {
      if (!current) throw new Error("mockServer state is only there inside a test");
      return current.state;
    },
  };
}
