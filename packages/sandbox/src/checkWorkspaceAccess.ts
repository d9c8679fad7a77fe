import { responses } from "./responses.js";
import type { Principal } from "./SandboxContext.js";

/** 403 when an end user asks for a workspace other than the one its token is scoped to; null when allowed. */
export function checkWorkspaceAccess(
  principal: Principal | null,
  workspaceId: string | null,
): Response | null {
  if (!principal) return responses.detail(401, "Missing bearer token", { "www-authenticate": "Bearer" });
  if (principal.kind === "operator" || workspaceId === null || workspaceId === principal.workspaceId)
    return null;
  return responses.detail(403, "Forbidden: the token is scoped to another workspace");
}
