import { base64 } from "./base64.js";
import { claims as names } from "./claims.js";
import { isRecord } from "./isRecord.js";
import type { Principal, SandboxContext } from "./SandboxContext.js";
import { verifyJwt } from "./verifyJwt.js";

/** Outcome of {@link authenticate}. `workspaceId` is known whenever the signature is good (even if expired). */
export type Authentication =
  | { ok: true; principal: Principal; envelopeOrigin: string | null }
  | {
      ok: false;
      status: 401 | 403;
      message: string;
      workspaceId: string | null;
      envelopeOrigin: string | null;
    };

const MESSAGES = {
  malformed: "Invalid bearer token",
  bad_algorithm: "Invalid token: only HS256 is accepted",
  bad_signature: "Invalid token signature",
  expired: "Token has expired",
  bad_audience: "Invalid token audience",
} as const;

/** Accepts the JWT itself, or the base64 widget-token envelope `{"token", "widgetUrl"}` some clients send. */
function unwrap(bearer: string): { jwt: string; envelopeOrigin: string | null } {
  if (bearer.split(".").length === 3) return { jwt: bearer, envelopeOrigin: null };
  try {
    const envelope: unknown = JSON.parse(base64.decodeText(bearer));
    if (isRecord(envelope) && typeof envelope.token === "string") {
      let envelopeOrigin: string | null = null;
      if (typeof envelope.widgetUrl === "string") {
        try {
          envelopeOrigin = new URL(envelope.widgetUrl).searchParams.get("allowedOrigin");
        } catch {}
      }
      return { jwt: envelope.token, envelopeOrigin };
    }
  } catch {}
  return { jwt: bearer, envelopeOrigin: null };
}

function workspaceOf(claims: Record<string, unknown>): string | null {
  const scope = claims[names.workspaceScope];
  return isRecord(scope) && typeof scope.workspaceId === "string" ? scope.workspaceId : null;
}

/** Verifies the request's Bearer token (signature, expiry, audience, role); null when there is none. */
export async function authenticate(request: Request, ctx: SandboxContext): Promise<Authentication | null> {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    return {
      ok: false,
      status: 401,
      message: "Authorization must be 'Bearer <token>'",
      workspaceId: null,
      envelopeOrigin: null,
    };
  }
  const { jwt, envelopeOrigin } = unwrap(match[1]);
  const result = await verifyJwt(jwt, ctx.signingSecret, { now: ctx.now(), audience: names.audience });
  if (!result.ok) {
    const workspaceId = result.claims ? workspaceOf(result.claims) : null;
    return { ok: false, status: 401, message: MESSAGES[result.reason], workspaceId, envelopeOrigin };
  }
  const claims = result.claims;
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  if (
    claims.typ === names.operatorType &&
    roles.includes(names.operatorRole) &&
    typeof claims.sub === "string"
  ) {
    return { ok: true, principal: { kind: "operator", clientId: claims.sub }, envelopeOrigin };
  }
  const workspaceId = workspaceOf(claims);
  if (claims.typ !== names.endUserType || !roles.includes(names.endUserRole)) {
    return {
      ok: false,
      status: 403,
      message: "Token does not grant the EMBEDDED_END_USER role",
      workspaceId,
      envelopeOrigin,
    };
  }
  if (!workspaceId) {
    return {
      ok: false,
      status: 403,
      message: "Token has no workspace scope",
      workspaceId: null,
      envelopeOrigin,
    };
  }
  const userId = typeof claims.sub === "string" ? claims.sub : "";
  const tags = claims[names.templateTags];
  const principal: Principal = { kind: "end-user", workspaceId, userId };
  if (claims[names.tokenKind] === "scoped") principal.scoped = true;
  if (Array.isArray(tags) && tags.length > 0) {
    principal.templateTags = {
      tags: tags.filter((t): t is string => typeof t === "string"),
      mode: claims[names.templateTagsMode] === "all" ? "all" : "any",
    };
  }
  return { ok: true, principal, envelopeOrigin };
}
