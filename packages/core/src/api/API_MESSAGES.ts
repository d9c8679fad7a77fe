import type { ApiErrorCode } from "./CredentialApiError.js";

/** What each code says when the server gave no usable message (`#` stands for the HTTP status). */
export const API_MESSAGES: Partial<Record<ApiErrorCode, string>> = {
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
