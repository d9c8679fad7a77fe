import type { Sandbox } from "@credential-form/sandbox";

/**
 * A scoped token for one end user's workspace, minted through the sandbox's HTTP API the way a partner's backend
 * does: an operator token, then `POST /api/v1/account/applications/scoped-token`. Rejects when the sandbox refuses.
 */
export async function mintScopedToken(
  sandbox: Sandbox,
  baseUrl: string,
  workspaceName: string,
): Promise<string> {
  const response = await sandbox.handle(
    new Request(`${baseUrl}/api/v1/account/applications/scoped-token`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await sandbox.operatorToken()}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ workspace_name: workspaceName }),
    }),
  );
  const body = (await response.json()) as { token?: unknown };
  if (!response.ok || typeof body.token !== "string")
    throw new Error(`The sandbox minted no scoped token (HTTP ${response.status})`);
  return body.token;
}
