/** Why a connector definition could not be loaded. */
export type RegistryErrorCode =
  | "not_found"
  | "bad_json"
  | "no_spec"
  | "http"
  | "network"
  | "aborted"
  | "timeout";

/** A connector definition that could not be loaded from the registry. */
export class RegistryError extends Error {
  /** Machine-readable reason. */
  declare readonly code: RegistryErrorCode;
  /** HTTP status when the registry answered, else `null`. */
  declare readonly status: number | null;
  /** Whether trying again may help (network trouble, 5xx, 429). */
  declare readonly retryable: boolean;

  constructor(
    code: RegistryErrorCode,
    message: string,
    options: { status?: number | null; retryable?: boolean; cause?: unknown } = {},
  ) {
    // Error reads only `cause` from its options. An undefined cause installs none.
    super(message, options.cause === undefined ? {} : options);
    // The fields are `declare`d (not emitted as class fields, which bundles spell out again): created here, in
    // the order they are declared, then `name`.
    this.code = code;
    this.status = options.status ?? null;
    this.retryable = options.retryable ?? false;
    this.name = "RegistryError";
  }
}
