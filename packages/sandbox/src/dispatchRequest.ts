import { allowedOrigins } from "./allowedOrigins.js";
import { answerPreflight } from "./answerPreflight.js";
import { authenticate } from "./authenticate.js";
import { type Fault, parseFaults } from "./createFaultController.js";
import type { HandleContext } from "./createSandbox.js";
import { decodeParams } from "./decodeParams.js";
import { faultLabel } from "./faultLabel.js";
import { faultResponse } from "./faultResponse.js";
import { readJsonBody } from "./readJsonBody.js";
import { responses } from "./responses.js";
import { allRoutes } from "./routes/allRoutes.js";
import type { Principal, SandboxContext } from "./SandboxContext.js";
import { withHeaders } from "./withHeaders.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1", "localhost"]);
const MAX_LATENCY = 60_000;

/**
 * Routes one request: CORS (preflight and origin check), injected faults (`state.fault` gets their label),
 * authentication by the route's access, then the route's handler.
 */
export async function dispatchRequest(
  request: Request,
  url: URL,
  context: HandleContext,
  state: { fault: string | null },
  ctx: SandboxContext,
  maxBodyBytes: number,
): Promise<Response> {
  const path = url.pathname;
  const candidates = allRoutes.filter((r) => r.path.test(path));
  const origin = request.headers.get("origin");

  if (request.method === "OPTIONS") return answerPreflight(request, candidates, ctx);

  const method = request.method === "HEAD" ? "GET" : request.method;
  const route = candidates.find((r) => r.method === method);
  const needsAuth = route?.access === "operator" || route?.access === "end-user" || route?.access === "admin";
  const auth = needsAuth ? await authenticate(request, ctx) : null;

  let cors: Record<string, string> = {};
  if (route?.access === "registry" || route?.access === "public") {
    cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "x-request-id" };
  } else if (route?.access === "end-user" && origin) {
    // The current API's routes take bearer tokens only (no cookies): any origin may call them.
    if (!route.anyOrigin && !(await allowedOrigins(ctx, auth)).has(origin)) {
      return responses.detail(403, "Forbidden: this origin is not allowed for this token");
    }
    cors = {
      "access-control-allow-origin": origin,
      "access-control-expose-headers": "x-request-id",
      vary: "Origin",
    };
  }

  if (!path.startsWith("/__sandbox/")) {
    const header = request.headers.get("x-sandbox-fault");
    if (header !== null && parseFaults(header) === null) {
      return withHeaders(
        responses.detail(
          400,
          'x-sandbox-fault must be "latency:<ms>", "500", "502-html", "401-once", "drop" or "malformed-json" (comma-separated)',
        ),
        cors,
      );
    }
    const injected = ctx.faults.take(method, path, header);
    state.fault = faultLabel(injected);
    for (const fault of injected) {
      if (fault.kind === "latency")
        await new Promise((resolve) => setTimeout(resolve, Math.min(fault.ms, MAX_LATENCY)));
    }
    const terminal = injected.find((f): f is Exclude<Fault, { kind: "latency" }> => f.kind !== "latency");
    if (terminal) return withHeaders(faultResponse(terminal), cors);
  }

  if (!route) {
    return candidates.length > 0
      ? responses.detail(405, "Method Not Allowed")
      : responses.detail(404, "Not Found");
  }
  const match = route.path.exec(path);
  const params = match ? decodeParams(match) : [];
  if (!params) return responses.detail(400, "Malformed percent-encoding in the path");

  let principal: Principal | null = null;
  if (route.access === "operator" || route.access === "end-user") {
    if (!auth)
      return withHeaders(
        responses.detail(401, "Missing bearer token", { "www-authenticate": "Bearer" }),
        cors,
      );
    if (!auth.ok) return withHeaders(responses.detail(auth.status, auth.message), cors);
    if (route.access === "operator" && auth.principal.kind !== "operator") {
      return responses.detail(403, "Forbidden: this endpoint needs an operator (application) token");
    }
    principal = auth.principal;
  } else if (route.access === "admin") {
    const local = context.remoteAddress === undefined || LOOPBACK.has(context.remoteAddress);
    if (auth?.ok && auth.principal.kind === "operator") principal = auth.principal;
    else if (!local)
      return responses.detail(403, "Forbidden: admin endpoints need an operator token or a local connection");
  }

  const response = await route.handle(
    { request, url, params, principal, readJson: () => readJsonBody(request, maxBodyBytes) },
    ctx,
  );
  return withHeaders(response, cors);
}
