/** Why a connector definition could not be loaded. */
export type RegistryErrorCode = "not_found" | "bad_json" | "no_spec" | "http" | "network" | "aborted";

/** A connector definition that could not be loaded from the registry. */
export class RegistryError extends Error {
  /** Machine-readable reason. */
  readonly code: RegistryErrorCode;
  /** HTTP status when the registry answered, else `null`. */
  readonly status: number | null;
  /** Whether trying again may help (network trouble, 5xx, 429). */
  readonly retryable: boolean;

  constructor(
    code: RegistryErrorCode,
    message: string,
    options: { status?: number | null; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "RegistryError";
    this.code = code;
    this.status = options.status ?? null;
    this.retryable = options.retryable ?? false;
  }
}
