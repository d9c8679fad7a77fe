import { type HttpHandler, http } from "msw";
import type { MockApi } from "./createMockApi.js";

/**
 * Override: the server considers the session expired (e.g. clock skew): every end-user API call is sent to the
 * sandbox with an already expired token it signed, so it answers its real `401 {"detail": "Token has expired"}`.
 */
export function sessionExpired(api: MockApi): HttpHandler {
  let expired: Promise<string> | undefined;
  return http.all(`${api.baseUrl}/api/*`, async ({ request }) => {
    expired ??= api.widgetToken({ ttlSeconds: -3600 });
    return api.forward(request, { headers: { authorization: `Bearer ${await expired}` } });
  });
}
