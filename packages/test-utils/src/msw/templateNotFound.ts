import { type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";

/** The id the sandbox is asked for instead: no seeded template has it, so its answer is a real 404. */
const MISSING_TEMPLATE_ID = "00000000-0000-4000-8000-000000000404";

/** Override: every source template lookup answers the sandbox's `404 {"detail": …}`. */
export function templateNotFound(api: MockApi): HttpHandler {
  return http.get(`${api.baseUrl}/api/v1/embedded/source-templates/:id`, ({ request }) =>
    api.forward(request, {
      url: `${api.baseUrl}/api/v1/embedded/source-templates/${MISSING_TEMPLATE_ID}`,
    }),
  );
}
