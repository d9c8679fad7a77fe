import { delay, type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";

/** Options of {@link slowRegistry}. */
export interface SlowRegistryOptions {
  /** Delay before the sandbox answers; `"infinite"` never answers (a form stuck in "loading"). @default "infinite" */
  latencyMs?: number | "infinite";
}

/** Override: the connector registry is slow (sandbox `latency` fault) or never answers. */
export function slowRegistry(api: MockApi, options: SlowRegistryOptions = {}): HttpHandler {
  const latency = options.latencyMs ?? "infinite";
  return http.all(`${api.baseUrl}/registries/*`, async ({ request }) => {
    if (latency === "infinite") {
      await delay("infinite");
      return new Response(null, { status: 504 });
    }
    return api.forward(request, { fault: `latency:${Math.max(0, Math.round(latency))}` });
  });
}
