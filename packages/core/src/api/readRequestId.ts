/** The server's request id (`x-request-id` / `request-id` header), for support; `null` without one. */
export function readRequestId(headers: Headers | undefined): string | null {
  return headers?.get("x-request-id") ?? headers?.get("request-id") ?? null;
}
