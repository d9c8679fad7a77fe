import { claims as names } from "./claims.js";
import type { SandboxContext } from "./SandboxContext.js";
import { signJwt } from "./signJwt.js";

/** Issues an operator (application) access token: `{access_token, token_type, expires_in}`. */
export async function issueOperatorToken(
  ctx: SandboxContext,
  request?: Request,
): Promise<{ access_token: string; token_type: "Bearer"; expires_in: number }> {
  const expiresIn = ctx.operatorTokenTtlSeconds;
  const accessToken = await signJwt(
    {
      aud: names.audience,
      sub: ctx.clientId,
      iss: ctx.publicUrl(request),
      typ: names.operatorType,
      roles: [names.operatorRole],
      exp: Math.floor(ctx.now() / 1000) + expiresIn,
    },
    ctx.signingSecret,
  );
  return { access_token: accessToken, token_type: "Bearer", expires_in: expiresIn };
}
