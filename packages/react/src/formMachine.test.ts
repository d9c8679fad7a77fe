// @vitest-environment node

import type { ErrorSchema } from "@rjsf/utils";
import { describe, expect, it } from "vitest";
import type { CredentialFormSourceSummary } from "./events.js";
import {
  type CredentialFormStatus,
  type FieldErrors,
  type FormAction,
  type FormState,
  formReducer,
  initialFormState,
} from "./formMachine.js";

const fieldErrors: FieldErrors = {
  errorSchema: { api_key: { __errors: ["is required"] } } as unknown as ErrorSchema,
  count: 1,
};
const source: CredentialFormSourceSummary = { id: "src-1", name: null, sourceDefinitionId: null };
const submitError = { message: "Could not create", error: new Error("boom"), retryable: true };

const at = (status: CredentialFormStatus, extra: Partial<FormState> = {}): FormState => ({
  ...initialFormState,
  status,
  ...extra,
});
const run = (state: FormState, ...actions: FormAction[]) => actions.reduce(formReducer, state);

describe("formReducer", () => {
  it("starts loading and becomes ready once loaded, or error when loading fails", () => {
    expect(initialFormState.status).toBe("loading");
    expect(formReducer(initialFormState, { type: "loaded" }).status).toBe("ready");
    const failed = formReducer(initialFormState, { type: "load_failed" });
    expect(failed).toMatchObject({ status: "error", submitError: null });
    // A later load failure (e.g. a refetch) shows as an error too, and clears once loaded again.
    expect(run(at("ready"), { type: "load_failed" }, { type: "loaded" }).status).toBe("ready");
    // Retrying goes back to loading, then ready.
    expect(run(failed, { type: "loading" }, { type: "loaded" }).status).toBe("ready");
  });

  it("ready → checking → submitting → success", () => {
    const checking = formReducer(at("ready"), { type: "check" });
    expect(checking.status).toBe("checking");
    const submitting = formReducer(checking, { type: "submit" });
    expect(submitting.status).toBe("submitting");
    const done = formReducer(submitting, { type: "created", source, announcement: "Created" });
    expect(done).toEqual({
      ...initialFormState,
      status: "success",
      createdSource: source,
      announcement: "Created",
    });
  });

  it("submitting clears the previous errors and announcement", () => {
    const state = at("ready", { fieldErrors, announcement: "1 error" });
    expect(formReducer(state, { type: "submit" })).toEqual(at("submitting"));
    expect(formReducer(at("error", { submitError }), { type: "submit" })).toEqual(at("submitting"));
  });

  it("client validation failing (from ready, error or checking) shows field errors in ready", () => {
    for (const from of [at("ready"), at("error", { submitError }), at("checking")]) {
      expect(formReducer(from, { type: "invalid", fieldErrors, announcement: "1 error" })).toEqual(
        at("ready", { fieldErrors, announcement: "1 error" }),
      );
    }
  });

  it("a failed create is an error with a message, or field errors in ready (from submitting or checking)", () => {
    for (const from of ["submitting", "checking"] as const) {
      expect(formReducer(at(from), { type: "failed", submitError, announcement: "Could not" })).toEqual(
        at("error", { submitError, announcement: "Could not" }),
      );
      expect(formReducer(at(from), { type: "failed", fieldErrors, announcement: "Fix" })).toEqual(
        at("ready", { fieldErrors, announcement: "Fix" }),
      );
    }
  });

  it("reset clears everything, keeps loading while loading and does nothing while busy", () => {
    const dirty = { fieldErrors, announcement: "x", submitError, createdSource: source };
    expect(formReducer(at("success", dirty), { type: "reset" })).toEqual(at("ready"));
    expect(formReducer(at("error", dirty), { type: "reset" })).toEqual(at("ready"));
    expect(formReducer(at("loading", dirty), { type: "reset" })).toEqual(at("loading"));
    const submitting = at("submitting");
    expect(formReducer(submitting, { type: "reset" })).toBe(submitting);
  });

  it("loading again from anywhere keeps the outcome, which shows once loaded", () => {
    const success = at("success", { createdSource: source });
    const reloaded = formReducer(success, { type: "loading" });
    expect(reloaded.status).toBe("loading");
    expect(formReducer(reloaded, { type: "loaded" }).status).toBe("success");
    const failed = formReducer(at("loading", { submitError }), { type: "loaded" });
    expect(failed.status).toBe("error");
    // A submit error is not cleared by the data being there (the same state back, so no render loop).
    expect(formReducer(failed, { type: "loaded" })).toBe(failed);
  });

  it("ignores what a status does not allow (same state object back)", () => {
    const ignored: [CredentialFormStatus, FormAction][] = [
      ["loading", { type: "submit" }],
      ["loading", { type: "check" }],
      ["loading", { type: "invalid", fieldErrors, announcement: "" }],
      ["loading", { type: "created", source, announcement: "" }],
      ["ready", { type: "loaded" }],
      ["error", { type: "load_failed" }],
      ["ready", { type: "created", source, announcement: "" }],
      ["ready", { type: "failed", submitError, announcement: "" }],
      ["submitting", { type: "submit" }],
      ["submitting", { type: "check" }],
      ["submitting", { type: "invalid", fieldErrors, announcement: "" }],
      ["checking", { type: "check" }],
      ["checking", { type: "created", source, announcement: "" }],
      ["success", { type: "submit" }],
      ["success", { type: "check" }],
      ["success", { type: "failed", fieldErrors, announcement: "" }],
      ["error", { type: "created", source, announcement: "" }],
      ["loading", { type: "loading" }],
    ];
    for (const [status, action] of ignored) {
      const state = at(status);
      expect(formReducer(state, action), `${status} + ${action.type}`).toBe(state);
    }
  });
});
