/**
 * The submit pipeline as one module, loaded on demand by `loadSubmitPipeline`: what runs only once the user
 * submits (or, for `precompileFullConfig`, in idle time after the form is there), with ajv and its formats, and
 * the secret matcher (`scrubSecrets`), which only server echoes and render crashes need.
 */
export { scrubSecrets } from "../api/scrubSecrets.js";
export { mergeConfig } from "./mergeConfig.js";
export { precompileFullConfig } from "./precompileFullConfig.js";
export { prepareSubmission } from "./prepareSubmission.js";
export { validateFullConfig } from "./validateFullConfig.js";
