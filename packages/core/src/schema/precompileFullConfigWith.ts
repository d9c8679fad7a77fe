import type { SpecEngine } from "./SpecEngine.js";

/** `precompileFullConfig` with the spec engine (`coreSpecEngine`) taken from the caller. */
export function precompileFullConfigWith(engine: SpecEngine, spec: unknown): boolean {
  return engine.compileFullConfig(engine.normalizeSpec(spec).schema).run !== null;
}
