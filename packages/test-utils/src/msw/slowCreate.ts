import { delay, type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";
import { matchCreateRequest } from "./matchCreateRequest.js";

/** Options of {@link slowCreate}. */
export interface SlowCreateOptions {
  /** Delay before the sandbox answers; `"infinite"` never answers (a form stuck in "submitting"). @default "infinite" */
  latencyMs?: number | "infinite";
}

/** Override: creating a source is slow (sandbox `latency` fault) or never answers. */
export function slowCreate(api: MockApi, options: SlowCreateOptions = {}): HttpHandler {
  const latency = options.latencyMs ?? "infinite";
  return http.post(
    ({ request }) => matchCreateRequest(request, api.baseUrl) !== null,
    async ({ request }) => {
      if (latency === "infinite") {
        await delay("infinite");
        return new Response(null, { status: 504 });
      }
      return api.forward(request, { fault: `latency:${Math.max(0, Math.round(latency))}` });
    },
  );
}
