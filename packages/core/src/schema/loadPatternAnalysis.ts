import { onDemand } from "../shared/onDemand.js";
import { mayBacktrack } from "./mayBacktrack.js";

let analysis: ((pattern: string) => boolean) | undefined;

/**
 * Loads the exact analysis of patterns (`isCatastrophicPattern`, a chunk of its own) once per page. Until it is
 * loaded, every pattern `mayBacktrack` flags counts as unsafe: `normalizeSpec` drops it (`unsafe_pattern`) and the
 * validators do not test it; once loaded, only the ones that can really backtrack exponentially. `connectorSpecQuery`
 * in `@credential-form/react` loads it before handing over a spec with a flagged pattern. A failed load may be
 * retried.
 */
export const loadPatternAnalysis: () => Promise<void> = onDemand(() =>
  import("./isCatastrophicPattern.js").then((module) => {
    analysis = module.isCatastrophicPattern;
  }),
);

/** The exact analysis once `loadPatternAnalysis` has loaded it; `undefined` before. */
export const loadedPatternAnalysis = (): ((pattern: string) => boolean) | undefined => analysis;

/**
 * Whether a pattern must not be tested (nor kept by `normalizeSpec`): flagged by `mayBacktrack` and, once
 * `loadPatternAnalysis` has loaded the exact analysis, confirmed by it.
 */
export function isUnsafePattern(pattern: string): boolean {
  return mayBacktrack(pattern) && (analysis?.(pattern) ?? true);
}
