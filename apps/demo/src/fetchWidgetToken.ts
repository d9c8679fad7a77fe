/** Asks the demo's own backend for a widget token for one end user (the operator secret never reaches the browser). */
export async function fetchWidgetToken(user: string): Promise<string> {
  const response = await fetch(`/api/widget-token?user=${encodeURIComponent(user)}`, {
    method: "POST",
    headers: { accept: "application/json" },
  });
  const body = (await response.json().catch(() => null)) as { token?: unknown; error?: unknown } | null;
  if (!response.ok || typeof body?.token !== "string") {
    const reason = typeof body?.error === "string" ? body.error : `HTTP ${response.status}`;
    throw new Error(`The demo backend could not issue a widget token (${reason}).`);
  }
  return body.token;
}
