import { type HttpHandler, HttpResponse, http } from "msw";
import type { MockApi } from "./createMockApi.js";
import { matchCreateRequest } from "./matchCreateRequest.js";

/** One server-side field error: a path into the config (`"company"`, `"credentials/api_key"`) and a message. */
export interface ServerFieldError {
  /** Slash-separated path into the connector config; numeric parts are array indexes. */
  path: string;
  message: string;
  /** FastAPI error type. @default "value_error" */
  type?: string;
}

/**
 * Override: creating a source answers `422` in FastAPI's shape with `loc: ["body", <config key>, …path]`, as
 * Airbyte does when its own checks reject values the form accepted.
 */
export function createValidationError(api: MockApi, errors: readonly ServerFieldError[]): HttpHandler {
  return http.post(
    ({ request }) => matchCreateRequest(request, api.baseUrl) !== null,
    ({ request }) => {
      const match = matchCreateRequest(request, api.baseUrl);
      const configKey = match?.configKey ?? "connection_configuration";
      const detail = errors.map((error) => ({
        loc: [
          "body",
          configKey,
          ...error.path.split("/").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        ],
        msg: error.message,
        type: error.type ?? "value_error",
      }));
      return HttpResponse.json({ detail }, { status: 422 });
    },
  );
}
