import type { PatternTester, safeRegExp } from "./safeRegExp.js";

/** The pattern as a safe tester (`safeRegExp`, handed in by the interpreter), or `null` when it does not compile. */
export function tryRegExp(safe: typeof safeRegExp, pattern: string): PatternTester | null {
  try {
    return safe(pattern);
  } catch {
    // ajv would refuse the whole schema; an interpreter can skip the one keyword (normalizeSpec warns).
    return null;
  }
}
