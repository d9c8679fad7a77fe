import { base64 } from "./base64.js";
import { claims as names } from "./claims.js";
import type { SandboxContext } from "./SandboxContext.js";
import { signJwt } from "./signJwt.js";
import { workspaceIdFor } from "./workspaceIdFor.js";

/** Input of {@link issueWidgetToken}. */
export interface WidgetTokenInput {
  organizationId: string;
  externalUserId: string;
  /** The host page's origin, already normalized. */
  allowedOrigin: string;
  /** Overrides the sandbox's token TTL (seconds). */
  ttlSeconds?: number;
  /** Only these source templates are offered (current API's `selected_source_template_tags`). */
  templateTags?: string[];
  /** Whether a template needs `any` or `all` of `templateTags`. @default "any" */
  templateTagsMode?: "any" | "all";
  /** Issue a scoped token (a bare JWT, no origin) instead of a widget token. */
  scoped?: boolean;
}

/** A widget token as issued, with its parts for tests and stories. */
export interface IssuedWidgetToken {
  /** What Airbyte returns: base64 of `{"token": jwt, "widgetUrl": …}`. */
  token: string;
  jwt: string;
  workspaceId: string;
  widgetUrl: string;
  /** `exp` claim, seconds since the epoch. */
  expiresAt: number;
}

/** Issues an end-user widget token: stable workspace per (organization, external user), HS256 JWT. */
export async function issueWidgetToken(
  ctx: SandboxContext,
  input: WidgetTokenInput,
  request?: Request,
): Promise<IssuedWidgetToken> {
  const workspaceId = await workspaceIdFor(input.organizationId, input.externalUserId);
  const userId = await workspaceIdFor(`user:${input.organizationId}`, input.externalUserId);
  const operatorId = await workspaceIdFor("operator", ctx.clientId);
  await ctx.exclusive(async () => {
    const workspaces = await ctx.store.list("workspaces");
    if (!workspaces.some((w) => w.workspace_id === workspaceId)) {
      await ctx.store.append("workspaces", {
        workspace_id: workspaceId,
        organization_id: input.organizationId,
        external_user_id: input.externalUserId,
        created_at: new Date(ctx.now()).toISOString(),
      });
    }
    if (input.scoped) return;
    const origins = await ctx.store.list("origins");
    if (!origins.some((o) => o.workspace_id === workspaceId && o.origin === input.allowedOrigin)) {
      await ctx.store.append("origins", { workspace_id: workspaceId, origin: input.allowedOrigin });
    }
  });
  const publicUrl = ctx.publicUrl(request);
  const expiresAt = Math.floor(ctx.now() / 1000) + (input.ttlSeconds ?? ctx.tokenTtlSeconds);
  const jwt = await signJwt(
    {
      aud: names.audience,
      sub: userId,
      [names.workspaceScope]: { workspaceId },
      act: { sub: operatorId },
      roles: [names.endUserRole],
      iss: publicUrl,
      typ: names.endUserType,
      exp: expiresAt,
      ...(input.scoped ? { [names.tokenKind]: "scoped" } : {}),
      ...(input.templateTags?.length
        ? {
            [names.templateTags]: input.templateTags,
            [names.templateTagsMode]: input.templateTagsMode ?? "any",
          }
        : {}),
    },
    ctx.signingSecret,
  );
  const query = new URLSearchParams({ workspaceId, allowedOrigin: input.allowedOrigin });
  const widgetUrl = `${publicUrl}/embedded-widget?${query.toString()}`;
  const token = base64.encodeText(JSON.stringify({ token: jwt, widgetUrl }));
  return { token, jwt, workspaceId, widgetUrl, expiresAt };
}
