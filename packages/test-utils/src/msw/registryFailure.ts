import { type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";

/** Options of {@link registryFailure}. */
export interface RegistryFailureOptions {
  /** Sandbox fault answering every registry request. @default "500" */
  fault?: "500" | "502-html" | "malformed-json" | "drop";
}

/** Override: the connector registry fails (the sandbox answers with the fault instead of the spec). */
export function registryFailure(api: MockApi, options: RegistryFailureOptions = {}): HttpHandler {
  return http.all(`${api.baseUrl}/registries/*`, ({ request }) =>
    api.forward(request, { fault: options.fault ?? "500" }),
  );
}
