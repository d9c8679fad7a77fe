/**
 * Asks the demo's own backend for an end-user token (a scoped token by default, see `server/tokenRoutes.ts`);
 * the client secret never reaches the browser.
 */
export async function fetchToken(user: string): Promise<string> {
  const response = await fetch(`/api/token?user=${encodeURIComponent(user)}`, {
    method: "POST",
    headers: { accept: "application/json" },
  });
  const body = (await response.json().catch(() => null)) as { token?: unknown; error?: unknown } | null;
  if (!response.ok || typeof body?.token !== "string") {
    const reason = typeof body?.error === "string" ? body.error : `HTTP ${response.status}`;
    throw new Error(`The demo backend could not issue a token (${reason}).`);
  }
  return body.token;
}
