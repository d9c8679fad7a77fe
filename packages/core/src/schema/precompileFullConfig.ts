import { coreSpecEngine } from "./coreSpecEngine.js";
import { precompileFullConfigWith } from "./precompileFullConfigWith.js";

/**
 * Compiles the ajv validator `validateFullConfig` uses for a spec, ahead of time (e.g. in idle time once the form
 * is interactive): until then `validateFullConfig` validates with the eval-free interpreter once it is loaded,
 * so a first submit never waits for ajv. Returns whether a compiled validator is now ready (false on a page that
 * forbids eval, or for a spec ajv rejects). Cached per spec: a second call costs nothing.
 */
export function precompileFullConfig(spec: unknown): boolean {
  return precompileFullConfigWith(coreSpecEngine, spec);
}
