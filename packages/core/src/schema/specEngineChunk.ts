import { coreSpecEngine } from "./coreSpecEngine.js";
import { prepareForm } from "./prepareForm.js";

/**
 * The spec engine as one chunk, loaded on demand by `loadSpecEngine`: `prepareForm` (normalisation, hazard and depth
 * cuts, subtraction of the template's defaults, uiSchema) and `coreSpecEngine`, which the submit pipeline and the
 * eval-free validator take from it. A form needs it once its spec is in, so it loads alongside the token, the
 * template and the spec instead of in the page's first load.
 */
export const specEngineChunk = { engine: coreSpecEngine, prepareForm } as const;
