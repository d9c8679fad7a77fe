import { compileFullConfig } from "./compileFullConfig.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { runFullConfig } from "./runFullConfig.js";
import type { SpecEngine } from "./SpecEngine.js";

/** Core's spec engine, as the submit pipeline's functions take it (`validateFullConfigWith` and the like). */
export const coreSpecEngine: SpecEngine = { normalizeSpec, runFullConfig, compileFullConfig };
