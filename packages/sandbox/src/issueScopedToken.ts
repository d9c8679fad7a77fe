import { issueWidgetToken } from "./issueWidgetToken.js";
import type { SandboxContext } from "./SandboxContext.js";

/** A scoped token as issued: the bare JWT the current API returns as `{token}`, with its workspace for tests. */
export interface IssuedScopedToken {
  token: string;
  workspaceId: string;
  /** `exp` claim, seconds since the epoch. */
  expiresAt: number;
}

/**
 * Issues a scoped token for one workspace of the operator's organization (`POST
 * /api/v1/account/applications/scoped-token`): a bare JWT, usable from any origin, for the end user's own sources.
 */
export async function issueScopedToken(
  ctx: SandboxContext,
  input: { organizationId: string; workspaceName: string; ttlSeconds?: number },
  request?: Request,
): Promise<IssuedScopedToken> {
  const issued = await issueWidgetToken(
    ctx,
    {
      organizationId: input.organizationId,
      externalUserId: input.workspaceName,
      allowedOrigin: "",
      scoped: true,
      ...(input.ttlSeconds === undefined ? {} : { ttlSeconds: input.ttlSeconds }),
    },
    request,
  );
  return { token: issued.jwt, workspaceId: issued.workspaceId, expiresAt: issued.expiresAt };
}
