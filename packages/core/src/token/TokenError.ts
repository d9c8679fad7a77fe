/** Why a widget token could not be used. */
export type TokenErrorCode =
  | "empty"
  | "not_base64"
  | "not_json"
  | "missing_token"
  | "malformed_jwt"
  | "no_workspace"
  | "workspace_mismatch"
  | "expired"
  | "fetch_failed";

/** A widget token that cannot be decoded, has expired or could not be fetched. Its message never contains the token. */
export class TokenError extends Error {
  /** Machine-readable reason. */
  readonly code: TokenErrorCode;

  constructor(code: TokenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TokenError";
    this.code = code;
  }
}
