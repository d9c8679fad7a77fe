import type { Authentication } from "./authenticate.js";
import type { SandboxContext } from "./SandboxContext.js";

/**
 * The origins allowed to call end-user routes: the configured ones, those registered for the caller's workspace
 * (every workspace's without one) and the widget token envelope's own origin.
 */
export async function allowedOrigins(ctx: SandboxContext, auth: Authentication | null): Promise<Set<string>> {
  const allowed = new Set(ctx.configuredOrigins);
  const workspaceId = auth
    ? auth.ok
      ? auth.principal.kind === "end-user"
        ? auth.principal.workspaceId
        : null
      : auth.workspaceId
    : null;
  for (const record of await ctx.store.list("origins")) {
    if (workspaceId === null || record.workspace_id === workspaceId) allowed.add(record.origin);
  }
  if (auth?.envelopeOrigin) allowed.add(auth.envelopeOrigin);
  return allowed;
}
