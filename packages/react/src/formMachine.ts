import type { ErrorSchema } from "@rjsf/utils";
import type { CredentialFormSourceSummary } from "./events.js";

/** Where the form stands. `checking`: the config is being checked before the source is created. */
export type CredentialFormStatus = "loading" | "ready" | "checking" | "submitting" | "success" | "error";

/** Why creating the source failed (shown as a form-level alert with Retry). */
export interface CredentialFormSubmitError {
  /** What to tell the user (from `messages`, or the server's redacted message). */
  message: string;
  /** The underlying error. */
  error: Error;
  /** Whether trying again may succeed. */
  retryable: boolean;
  /**
   * The create may have happened (the connection dropped) and Airbyte could not be asked: no Retry is offered,
   * since it could create the source twice.
   */
  outcomeUnknown?: boolean;
}

/** Field errors in RJSF `extraErrors` shape, with how many there are. */
export interface FieldErrors {
  errorSchema: ErrorSchema;
  count: number;
}

/** The state of a credential form: a status and what the user is shown beside the fields. */
export interface FormState {
  status: CredentialFormStatus;
  /** A new object each time errors are set (which also asks for the focus on the first invalid field). */
  fieldErrors: FieldErrors | null;
  /** Text of the polite live region. */
  announcement: string;
  submitError: CredentialFormSubmitError | null;
  createdSource: CredentialFormSourceSummary | null;
}

/** What can happen to a form; a transition its status does not allow leaves the state as it is. */
export type FormAction =
  | { type: "loading" }
  | { type: "loaded" }
  | { type: "load_failed" }
  | { type: "check" }
  | { type: "submit" }
  | { type: "invalid"; fieldErrors: FieldErrors; announcement: string }
  | { type: "created"; source: CredentialFormSourceSummary; announcement: string }
  | { type: "failed"; announcement: string; fieldErrors: FieldErrors }
  | { type: "failed"; announcement: string; submitError: CredentialFormSubmitError }
  | { type: "reset" };

/** The state of a form whose template and spec are still loading. */
export const initialFormState: FormState = {
  status: "loading",
  fieldErrors: null,
  announcement: "",
  submitError: null,
  createdSource: null,
};

/**
 * The form's state machine, pure: loading → ready → (checking →) submitting → success | error; `invalid` (client
 * validation) and server field errors go back to ready with errors; `reset` clears everything (not while busy); a
 * reload goes back to loading and a load failure to error from anywhere.
 */
export function formReducer(state: FormState, action: FormAction): FormState {
  const { status } = state;
  const busy = status === "checking" || status === "submitting";
  const idle = status === "ready" || status === "error";
  // What the user sees once loaded, or back from a load error: the outcome kept, else the form.
  const settled = state.createdSource ? "success" : state.submitError ? "error" : "ready";
  let next: Partial<FormState> | false;
  switch (action.type) {
    case "loading":
      next = status !== "loading" && { status: "loading" };
      break;
    case "loaded":
      next = (status === "loading" || status === "error") && settled !== status && { status: settled };
      break;
    case "load_failed":
      next = status !== "error" && { status: "error" };
      break;
    case "check":
      next = idle && { status: "checking", submitError: null };
      break;
    case "submit":
      next = (idle || status === "checking") && {
        status: "submitting",
        submitError: null,
        fieldErrors: null,
        announcement: "",
      };
      break;
    case "invalid": {
      const { fieldErrors, announcement } = action;
      next = (idle || status === "checking") && {
        status: "ready",
        submitError: null,
        fieldErrors,
        announcement,
      };
      break;
    }
    case "created":
      next = status === "submitting" && {
        status: "success",
        createdSource: action.source,
        announcement: action.announcement,
      };
      break;
    case "failed":
      next = busy && { status: "submitError" in action ? "error" : "ready", ...action };
      break;
    case "reset":
      // Not while a request is out: its outcome must still land.
      next = !busy && { ...initialFormState, status: status === "loading" ? "loading" : "ready" };
  }
  if (!next) return state;
  const { type: _type, ...changes } = next as Partial<FormState> & { type?: string };
  return { ...state, ...changes };
}
