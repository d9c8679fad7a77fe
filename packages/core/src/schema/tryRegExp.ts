import { type PatternTester, safeRegExp } from "./safeRegExp.js";

/** The pattern as a safe tester, or `null` when it does not compile. */
export function tryRegExp(pattern: string): PatternTester | null {
  try {
    return safeRegExp(pattern);
  } catch {
    // ajv would refuse the whole schema; an interpreter can skip the one keyword (normalizeSpec warns).
    return null;
  }
}
