/** Sets `headers` on the response (not on a `Response.error()`, whose headers are immutable) and returns it. */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === "error") return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
