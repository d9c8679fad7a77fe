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
  | "fetch_failed"
  | "timeout";

/** A widget token that cannot be decoded, has expired or could not be fetched. Its message never contains the token. */
export class TokenError extends Error {
  /** Machine-readable reason. */
  declare readonly code: TokenErrorCode;
  /** Whether asking again may help: the `getToken` callback failed or did not answer in time. */
  declare readonly retryable: boolean;

  constructor(code: TokenErrorCode, message: string, options?: { cause?: unknown }) {
    // An undefined cause installs none.
    super(message, options?.cause === undefined ? {} : options);
    // `code` is `declare`d (not emitted as a class field, which bundles spell out again), created before `name`.
    this.code = code;
    this.retryable = code === "fetch_failed" || code === "timeout";
    this.name = "TokenError";
  }
}
