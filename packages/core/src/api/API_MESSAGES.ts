import type { ApiErrorCode } from "./CredentialApiError.js";

/**
 * What each code says when the server gave no usable message (`#` stands for the HTTP status). A UI tells these
 * English fallbacks from a server's own words by comparing, and shows its own translation instead.
 */
export const API_MESSAGES: Readonly<Record<ApiErrorCode, string>> = {
  aborted: "The request was cancelled.",
  bad_response: "Airbyte answered with a response that could not be read.",
  network: "Airbyte could not be reached. Check your connection and try again.",
  unauthorized: "Your session has expired or is not valid. Reload the page and try again.",
  forbidden: "This session is not allowed to do that.",
  not_found: "Airbyte could not find what was requested.",
  conflict: "This conflicts with something that already exists.",
  rate_limited: "Too many requests. Wait a moment and try again.",
  timeout: "Airbyte took too long to answer. Try again.",
  server: "Airbyte is having trouble right now (HTTP #). Try again in a moment.",
  validation: "Airbyte rejected the request. Check the values and try again.",
  check_failed: "Airbyte could not connect with these settings. Check them and try again.",
  http: "Airbyte answered with an unexpected error (HTTP #).",
};
