import type { FastApiError } from "./validateConfig.js";

const JSON_TYPE = "application/json";

/** Response builders shared by the routes (JSON bodies, FastAPI error shapes). */
export const responses = {
  /** A JSON response. */
  json(status: number, body: unknown, headers?: Record<string, string>): Response {
    return new Response(status === 204 || status === 304 ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": JSON_TYPE, ...headers },
    });
  },
  /** FastAPI's error shape for non-validation errors: `{"detail": "..."}`. */
  detail(status: number, message: string, headers?: Record<string, string>): Response {
    return responses.json(status, { detail: message }, headers);
  },
  /** FastAPI's 422: `{"detail": [{loc, msg, type}]}`. */
  validation(errors: FastApiError[]): Response {
    return responses.json(422, { detail: errors });
  },
};
