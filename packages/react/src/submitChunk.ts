/**
 * The form's code that loads on demand, as one chunk, when the form becomes ready (`useValidatorWarmup`): what
 * only a submit runs (`submitForm`), the focus on its first error, and the scheduling of ajv's idle compile. None
 * of it is needed to render the form. Like `submitForm`, these modules import no values from the first load's
 * modules (core's helpers are handed in): esbuild would split those into chunks of their own, each gzipped apart.
 */
export { focusFirstError } from "./focusFirstError.js";
export { submitForm } from "./submitForm.js";
export { whenQuiet } from "./whenQuiet.js";
