import { checkBody } from "../checkBody.js";
import { issueOperatorToken } from "../issueOperatorToken.js";
import { issueWidgetToken } from "../issueWidgetToken.js";
import { normalizeOrigin } from "../normalizeOrigin.js";
import { responses } from "../responses.js";
import type { Route } from "../SandboxContext.js";

function sameText(a: string, b: string): boolean {
  // Constant time in the length of the expected value, like a real credential check.
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}

/** `POST /v1/applications/token` (operator credentials → access token) and `POST /v1/embedded/widget_token`. */
export const authRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/v1\/applications\/token$/,
    access: "login",
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const clientId = body.string("client_id", { required: true });
      const clientSecret = body.string("client_secret", { required: true });
      if (body.errors.length > 0 || clientId === undefined || clientSecret === undefined) {
        return responses.validation(body.errors);
      }
      if (!sameText(clientId, ctx.clientId) || !sameText(clientSecret, ctx.clientSecret)) {
        return responses.detail(401, "Invalid client credentials", { "www-authenticate": "Bearer" });
      }
      return responses.json(200, await issueOperatorToken(ctx, req.request));
    },
  },
  {
    method: "POST",
    path: /^\/v1\/embedded\/widget_token$/,
    access: "operator",
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const organizationId = body.string(["organizationId", "organization_id"], { required: true });
      const externalUserId = body.string(["externalUserId", "external_user_id"], { required: true });
      const rawOrigin = body.string(["allowedOrigin", "allowed_origin"], { required: true });
      const allowedOrigin = rawOrigin === undefined ? null : normalizeOrigin(rawOrigin);
      if (rawOrigin !== undefined && allowedOrigin === null) {
        body.fail(
          "allowedOrigin",
          "Input should be an http(s) origin such as 'https://app.example.com'",
          "url_parsing",
        );
      }
      let ttlSeconds: number | undefined;
      const ttlHeader = req.request.headers.get("x-sandbox-token-ttl");
      if (ttlHeader !== null) {
        ttlSeconds = Number(ttlHeader);
        if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > 86_400) {
          return responses.detail(
            400,
            "x-sandbox-token-ttl must be an integer number of seconds in 1..86400",
          );
        }
      }
      if (body.errors.length > 0 || !organizationId || !externalUserId || !allowedOrigin) {
        return responses.validation(body.errors);
      }
      const issued = await issueWidgetToken(
        ctx,
        {
          organizationId,
          externalUserId,
          allowedOrigin,
          ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
        },
        req.request,
      );
      return responses.json(200, { token: issued.token });
    },
  },
];
