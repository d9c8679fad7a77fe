/** Why a value could not be used as a spec at all. */
export type SpecErrorCode = "not_an_object";

/** Thrown only for input that is not a schema at all; messy schemas give `SpecWarning`s instead. */
export class SpecError extends Error {
  readonly code: SpecErrorCode;

  constructor(code: SpecErrorCode, message: string) {
    super(message);
    this.name = "SpecError";
    this.code = code;
  }
}
