const NAMESPACE = "credential-form-sandbox/workspace";

/** Derives a stable, v5-like UUID for an end user: same (organizationId, externalUserId) → same workspace id. */
export async function workspaceIdFor(organizationId: string, externalUserId: string): Promise<string> {
  const input = new TextEncoder().encode(`${NAMESPACE}\u0000${organizationId}\u0000${externalUserId}`);
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", input)).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
