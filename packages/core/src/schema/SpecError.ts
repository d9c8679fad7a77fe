/**
 * Why a value could not be used as a spec: `not_an_object` (not a schema at all), `too_complex` (its `$ref`s expand
 * past the 1000 the engine follows, so a field or secret could be missed: `prepareForm` refuses it), `render_failed`
 * (the form library threw while rendering it, caught by the React layer's error boundary).
 */
export type SpecErrorCode = "not_an_object" | "too_complex" | "render_failed";

/** Thrown only for input that is not a schema at all, or too complex to handle; messy schemas give `SpecWarning`s. */
export class SpecError extends Error {
  readonly code: SpecErrorCode;

  constructor(code: SpecErrorCode, message: string) {
    super(message);
    this.name = "SpecError";
    this.code = code;
  }
}
