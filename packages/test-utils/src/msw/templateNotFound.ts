import { type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";

/** The id the sandbox is asked for instead: no seeded template has it, so its answer is a real 404. */
const MISSING_TEMPLATE_ID = "00000000-0000-4000-8000-000000000404";

/** The template paths of every generation: the current API's and the older `embedded/source-templates`. */
const TEMPLATE_PATHS = ["/api/v1/integrations/templates/sources", "/api/v1/embedded/source-templates"];

/** Override: every source template lookup (any API generation) answers the sandbox's own 404. */
export function templateNotFound(api: MockApi): HttpHandler {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const paths = TEMPLATE_PATHS.map(literal).join("|");
  const pattern = new RegExp(`^${literal(api.baseUrl)}(${paths})/[^/?]+(\\?.*)?$`);
  return http.get(pattern, ({ request }) => {
    const path = TEMPLATE_PATHS.find((p) => new URL(request.url).pathname.startsWith(`${p}/`));
    return api.forward(request, { url: `${api.baseUrl}${path}/${MISSING_TEMPLATE_ID}` });
  });
}
