import type { CredentialApiError } from "./CredentialApiError.js";
import { coreApiKit } from "./coreApiKit.js";
import { type NormalizeApiErrorInput, normalizeApiErrorWith } from "./normalizeApiErrorWith.js";

export type { NormalizeApiErrorInput } from "./normalizeApiErrorWith.js";

/** Turns any failed response (problem+json, FastAPI, `{message, errors}`, HTML, empty) into a {@link CredentialApiError}. */
export function normalizeApiError(input: NormalizeApiErrorInput): CredentialApiError {
  return normalizeApiErrorWith(coreApiKit, input);
}
