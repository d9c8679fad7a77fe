/**
 * Why a value could not be used as a spec: `not_an_object` (not a schema at all), `render_failed` (the form library
 * threw while rendering it, caught by the React layer's error boundary).
 */
export type SpecErrorCode = "not_an_object" | "render_failed";

/** Thrown only for input that is not a schema at all; messy schemas give `SpecWarning`s instead. */
export class SpecError extends Error {
  readonly code: SpecErrorCode;

  constructor(code: SpecErrorCode, message: string) {
    super(message);
    this.name = "SpecError";
    this.code = code;
  }
}
