import { CredentialApiError } from "./CredentialApiError.js";

/** A `bad_response` error: Airbyte answered, but not with what the client expects. */
export function badResponse(
  message: string,
  status = 200,
  requestId: string | null = null,
): CredentialApiError {
  return new CredentialApiError({ code: "bad_response", message, status, requestId });
}
