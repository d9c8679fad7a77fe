import { type BodyChecker, checkBody } from "../checkBody.js";
import { issueScopedToken } from "../issueScopedToken.js";
import { issueWidgetToken } from "../issueWidgetToken.js";
import { normalizeOrigin } from "../normalizeOrigin.js";
import { organizationIdFor } from "../organizationIdFor.js";
import { responses } from "../responses.js";
import type { Route, RouteRequest, SandboxContext } from "../SandboxContext.js";
import { authRoutes } from "./authRoutes.js";

const TTL_HEADER = "x-sandbox-token-ttl";

/** The `x-sandbox-token-ttl` header (tests: short-lived tokens), a 400 when malformed, `undefined` without it. */
function ttlOf(req: RouteRequest): number | Response | undefined {
  const header = req.request.headers.get(TTL_HEADER);
  if (header === null) return undefined;
  const ttl = Number(header);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) {
    return responses.detail(400, `${TTL_HEADER} must be an integer number of seconds in 1..86400`);
  }
  return ttl;
}

/** The operator's organization: one per application (client id), as a UUID. */
const organizationOf = (ctx: SandboxContext) => organizationIdFor(`application:${ctx.clientId}`);

const tokenRoute = authRoutes[0]!;

/** What every end-user token request names: the user's workspace, the operator's organization, a TTL if set. */
interface EndUserTokenInput {
  organizationId: string;
  workspaceName: string;
  ttl: { ttlSeconds?: number };
}

/**
 * An operator's `POST` route that issues an end user's token: reads the JSON body (`workspace_name` required, then
 * what `check` reads: `undefined` when the rest is invalid) and the TTL header, answers a 400/422 when one is
 * invalid, else `{ token }` from `issue`.
 */
function endUserTokenRoute<T>(
  path: RegExp,
  check: (body: BodyChecker, fields: Record<string, unknown>) => T | undefined,
  issue: (ctx: SandboxContext, input: EndUserTokenInput, checked: T, request: Request) => Promise<string>,
): Route {
  return {
    method: "POST",
    path,
    access: "operator",
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const workspaceName = body.string("workspace_name", { required: true });
      const checked = check(body, body.isObject ? (read.body as Record<string, unknown>) : {});
      const ttl = ttlOf(req);
      if (ttl instanceof Response) return ttl;
      if (body.errors.length > 0 || !workspaceName || checked === undefined)
        return responses.validation(body.errors);
      const input = {
        organizationId: await organizationOf(ctx),
        workspaceName,
        ttl: ttl === undefined ? {} : { ttlSeconds: ttl },
      };
      return responses.json(200, { token: await issue(ctx, input, checked, req.request) });
    },
  };
}

/**
 * The current API's token endpoints: `POST /api/v1/account/applications/token` (client credentials → operator
 * token), `…/scoped-token` (operator → an end user's scoped token), `GET …/scoped-token/info` (scoped token → its
 * workspace) and `POST …/widget-token` (operator → widget token with an optional template tag filter).
 */
export const agentAuthRoutes: Route[] = [
  { ...tokenRoute, path: /^\/api\/v1\/account\/applications\/token$/ },
  endUserTokenRoute(
    /^\/api\/v1\/account\/applications\/scoped-token$/,
    (body) => {
      body.string("region_id");
      return true;
    },
    async (ctx, { organizationId, workspaceName, ttl }, _checked, request) =>
      (await issueScopedToken(ctx, { organizationId, workspaceName, ...ttl }, request)).token,
  ),
  {
    method: "GET",
    path: /^\/api\/v1\/account\/applications\/scoped-token\/info$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const principal = req.principal;
      if (principal?.kind !== "end-user") {
        return responses.detail(403, "Forbidden: this endpoint needs a scoped token");
      }
      const workspace = (await ctx.store.list("workspaces")).find(
        (w) => w.workspace_id === principal.workspaceId,
      );
      if (!workspace) return responses.detail(404, "The token's workspace no longer exists");
      return responses.json(200, {
        organization_id: await organizationIdFor(workspace.organization_id),
        workspace_id: workspace.workspace_id,
        workspace_name: workspace.external_user_id,
      });
    },
  },
  endUserTokenRoute(
    /^\/api\/v1\/account\/applications\/widget-token$/,
    (body, fields) => {
      const rawOrigin = body.string("allowed_origin", { required: true });
      const allowedOrigin = rawOrigin === undefined ? null : normalizeOrigin(rawOrigin);
      if (rawOrigin !== undefined && allowedOrigin === null) {
        body.fail(
          "allowed_origin",
          "Input should be an http(s) origin such as 'https://app.example.com'",
          "url_parsing",
        );
      }
      const tags = fields.selected_source_template_tags;
      if (tags !== undefined && !(Array.isArray(tags) && tags.every((t) => typeof t === "string"))) {
        body.fail("selected_source_template_tags", "Input should be a valid list of strings", "list_type");
      }
      const mode = fields.selected_source_template_tags_mode;
      if (mode !== undefined && mode !== "any" && mode !== "all") {
        body.fail("selected_source_template_tags_mode", "Input should be 'all' or 'any'", "enum");
      }
      return allowedOrigin ? { allowedOrigin, tags, mode } : undefined;
    },
    async (ctx, { organizationId, workspaceName, ttl }, { allowedOrigin, tags, mode }, request) => {
      const issued = await issueWidgetToken(
        ctx,
        {
          organizationId,
          externalUserId: workspaceName,
          allowedOrigin,
          ...ttl,
          ...(Array.isArray(tags) ? { templateTags: tags as string[] } : {}),
          ...(mode === "all" || mode === "any" ? { templateTagsMode: mode } : {}),
        },
        request,
      );
      return issued.token;
    },
  ),
];
