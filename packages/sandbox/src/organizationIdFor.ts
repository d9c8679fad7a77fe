import { workspaceIdFor } from "./workspaceIdFor.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organization's UUID as the current API reports it: the id itself, or a stable UUID derived from a name. */
export async function organizationIdFor(organization: string): Promise<string> {
  return UUID.test(organization) ? organization : workspaceIdFor("organization", organization);
}
