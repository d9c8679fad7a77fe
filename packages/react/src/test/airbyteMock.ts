import { decodeWidgetToken, flavours } from "@credential-form/core";
import { loadRegistry } from "@credential-form/test-utils";
import { HttpResponse, http } from "msw";

/** Base URL of the mocked Embedded API (never a real Airbyte host). */
export const API_BASE = "https://api.airbyte.test";
/** URL of the mocked registry, serving the real fixture. */
export const REGISTRY_URL = "https://registry.airbyte.test/cloud_registry.json";
/** Path the default flavour posts to. */
export const CREATE_PATH = flavours["partial-user-configs"].path;

/** A source template as the mocked API stores it (API wire shape). */
export interface MockTemplate {
  id: string;
  name: string;
  source_definition_id: string;
  partial_default_config: Record<string, unknown>;
}

/** One recorded create request. */
export interface CreateCall {
  authorization: string | null;
  body: Record<string, unknown>;
}

/** The JWT inside a widget token, i.e. what the API receives as Bearer. */
export function jwtOf(widgetToken: string): string {
  return decodeWidgetToken(widgetToken).jwt;
}

/**
 * MSW handlers for the Embedded API and the registry, backed by the real registry fixture. The returned
 * `state` records calls and lets a test reject JWTs or script the create responses.
 */
export function airbyteMock(templates: MockTemplate[] = []) {
  const state = {
    templates: new Map(templates.map((t) => [t.id, t])),
    creates: [] as CreateCall[],
    templateCalls: 0,
    registryCalls: 0,
    /** JWTs the API answers 401 to. */
    rejectedJwts: new Set<string>(),
    /** Scripted create responses, used first-in first-out; then a 201 with a new id. */
    createQueue: [] as (() => Response | Promise<Response>)[],
  };
  const handlers = [
    http.get(REGISTRY_URL, () => {
      state.registryCalls++;
      return HttpResponse.json(loadRegistry());
    }),
    http.get(`${API_BASE}/api/v1/embedded/source-templates/:id`, ({ params, request }) => {
      state.templateCalls++;
      const jwt = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
      if (state.rejectedJwts.has(jwt)) return HttpResponse.json({ message: "Unauthorized" }, { status: 401 });
      const template = state.templates.get(String(params.id));
      if (!template) return HttpResponse.json({ message: "Template not found" }, { status: 404 });
      return HttpResponse.json(template);
    }),
    http.post(`${API_BASE}${CREATE_PATH}`, async ({ request }) => {
      const authorization = request.headers.get("authorization");
      const jwt = authorization?.replace(/^Bearer /, "") ?? "";
      if (state.rejectedJwts.has(jwt)) return HttpResponse.json({ message: "Unauthorized" }, { status: 401 });
      state.creates.push({ authorization, body: (await request.json()) as Record<string, unknown> });
      const scripted = state.createQueue.shift();
      if (scripted) return scripted();
      return HttpResponse.json(
        { id: `puc-${state.creates.length}`, name: null, source_definition_id: null },
        { status: 201 },
      );
    }),
  ];
  return { handlers, state };
}
