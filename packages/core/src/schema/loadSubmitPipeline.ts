import { onDemand } from "../shared/onDemand.js";
import { loadSpecEngine } from "./loadSpecEngine.js";
import type { SubmitPipeline } from "./submitPipeline.js";

export type { SubmitPipeline } from "./submitPipeline.js";

/**
 * Loads the submit pipeline (`prepareSubmission`, `validateFullConfig`, `mergeConfig`, `precompileFullConfig`:
 * a separate chunk with ajv) and resolves with it; loaded once per page, a failed load is tried again on the
 * next call. `@credential-form/react` starts it when a form is ready, so a first submit does not wait for it.
 */
export const loadSubmitPipeline: () => Promise<SubmitPipeline> = onDemand(() =>
  Promise.all([import("./submitPipeline.js"), loadSpecEngine()]).then(([module, { engine }]) =>
    module.createSubmitPipeline(engine),
  ),
);
