/** What kind of failure a {@link CredentialApiError} is. */
export type ApiErrorCode =
  | "network"
  | "timeout"
  | "aborted"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "rate_limited"
  | "server"
  | "bad_response"
  | "check_failed"
  | "http";

/** A server complaint about one field of the config. */
export interface FieldError {
  /** JSON pointer into the config, e.g. `/credentials/api_key` (`""` for the whole config). */
  path: string;
  /** Human-readable message, secrets removed. */
  message: string;
}

/** Everything a {@link CredentialApiError} is built from. */
export interface CredentialApiErrorInit {
  code: ApiErrorCode;
  message: string;
  status?: number | null;
  fieldErrors?: FieldError[];
  retryable?: boolean;
  requestId?: string | null;
  cause?: unknown;
}

/** The one error type of the API client: what a UI needs to explain a failure (never includes secrets). */
export class CredentialApiError extends Error {
  /** HTTP status, or `null` when no response arrived (network, timeout, abort). */
  declare readonly status: number | null;
  /** Machine-readable kind of failure. */
  declare readonly code: ApiErrorCode;
  /** Per-field complaints, with JSON pointers into the config. */
  declare readonly fieldErrors: FieldError[];
  /** Whether trying again may succeed (for a create: it may also have succeeded already). */
  declare readonly retryable: boolean;
  /** The server's request id (`x-request-id` / `request-id` header), for support. */
  declare readonly requestId: string | null;

  constructor(init: CredentialApiErrorInit) {
    // Error reads only `cause` from its options: `init` will do. An undefined cause installs none.
    super(init.message, init.cause === undefined ? {} : init);
    // The fields are `declare`d (not emitted as class fields, which bundles spell out again): created here, in
    // the order they are declared, then `name`.
    this.status = init.status ?? null;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryable = init.retryable ?? false;
    this.requestId = init.requestId ?? null;
    this.name = "CredentialApiError";
  }
}
