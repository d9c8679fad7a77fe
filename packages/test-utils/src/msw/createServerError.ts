import { type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";
import { matchCreateRequest } from "./matchCreateRequest.js";

/** Options of {@link createServerError}. */
export interface CreateServerErrorOptions {
  /** Sandbox fault replacing the answer. @default "500" */
  fault?: "500" | "502-html" | "malformed-json" | "drop";
  /** How many create calls fail before the sandbox answers normally; `0` = all. @default 0 */
  times?: number;
}

/** Override: creating a source fails with the sandbox's injected server error (nothing is created). */
export function createServerError(api: MockApi, options: CreateServerErrorOptions = {}): HttpHandler {
  const times = options.times ?? 0;
  let failed = 0;
  return http.post(
    ({ request }) => matchCreateRequest(request, api.baseUrl) !== null && (times === 0 || failed < times),
    ({ request }) => {
      failed += 1;
      return api.forward(request, { fault: options.fault ?? "500" });
    },
  );
}
