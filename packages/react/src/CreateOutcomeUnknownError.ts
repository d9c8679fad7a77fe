/**
 * A create whose outcome is unknown (the connection dropped after the body was sent, or a success status with an
 * unreadable body) and whose result could not be looked up: trying again might create the source twice.
 */
export class CreateOutcomeUnknownError extends Error {
  /** Never: a Retry could duplicate the source. */
  readonly retryable = false;
  /** Marks it without an import of this class (it is loaded on demand). */
  readonly outcomeUnknown = true;
  constructor(message: string, cause: Error) {
    super(message, { cause });
    this.name = "CreateOutcomeUnknownError";
  }
}
