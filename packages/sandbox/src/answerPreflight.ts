import { allowedOrigins } from "./allowedOrigins.js";
import { responses } from "./responses.js";
import type { Route, SandboxContext } from "./SandboxContext.js";

const DEFAULT_HEADERS = "authorization, content-type, x-request-id, x-sandbox-fault";

/** Answers a CORS preflight (`OPTIONS`) for the routes matching its path, by each route's access. */
export async function answerPreflight(
  request: Request,
  candidates: readonly Route[],
  ctx: SandboxContext,
): Promise<Response> {
  const origin = request.headers.get("origin");
  const wanted = (request.headers.get("access-control-request-method") ?? "").toUpperCase();
  const route = candidates.find((r) => r.method === (wanted === "HEAD" ? "GET" : wanted));
  if (candidates.length === 0) return responses.detail(404, "Not Found");
  if (!route || !origin) return responses.detail(403, "CORS preflight refused");
  const headers = {
    "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
    "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? DEFAULT_HEADERS,
    "access-control-max-age": "600",
    vary: "Origin",
  };
  if (route.access === "registry" || route.access === "public") {
    return new Response(null, {
      status: 204,
      headers: { ...headers, "access-control-allow-origin": "*" },
    });
  }
  if (route.access === "end-user" && (route.anyOrigin || (await allowedOrigins(ctx, null)).has(origin))) {
    return new Response(null, {
      status: 204,
      headers: { ...headers, "access-control-allow-origin": origin },
    });
  }
  return responses.detail(403, "CORS preflight refused: origin not allowed for this endpoint");
}
