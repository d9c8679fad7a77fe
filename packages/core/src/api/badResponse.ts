import type { CredentialApiError } from "./CredentialApiError.js";

/**
 * A `bad_response` error (of the first load's `ApiError`, see `ApiKit`): Airbyte answered, but not with what the
 * client expects.
 */
export function badResponse(
  ApiError: typeof CredentialApiError,
  message: string,
  status = 200,
  requestId: string | null = null,
): CredentialApiError {
  return new ApiError({ code: "bad_response", message, status, requestId });
}
