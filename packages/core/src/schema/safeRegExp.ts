import { isUnsafePattern, loadedPatternAnalysis } from "./loadPatternAnalysis.js";
import { mayBacktrack } from "./mayBacktrack.js";

/** Longer values are not tested against a spec's `pattern` in the browser (the server still checks them). */
const MAX_TESTED_LENGTH = 10_000;

/** What {@link safeRegExp} returns: a `test` like RegExp's (ajv's `RegExpLike`). */
export interface PatternTester {
  test(value: string): boolean;
  /** The pattern as `/source/flags` (ajv keys compiled patterns by it). */
  toString(): string;
}

const cache = new Map<string, PatternTester>();

/**
 * Compiles a spec's `pattern` for validation without ever freezing the page: a pattern that can backtrack
 * exponentially (see `isCatastrophicPattern`, and `loadPatternAnalysis` for before it is loaded; `normalizeSpec`
 * drops it with an `unsafe_pattern` warning) is not
 * tested, nor is a value longer than 10,000 characters; both pass, the server still checks them. Throws like
 * `new RegExp` on a pattern that does not compile. Used by ajv (its `code.regExp`), RJSF's validator and the
 * interpreter, so every validator applies the same rule.
 */
export function safeRegExp(pattern: string, flags = "u"): PatternTester {
  const key = `${flags}/${pattern}`;
  let tester = cache.get(key);
  if (!tester) {
    const compiled = new RegExp(pattern, flags);
    // Decided once the exact analysis is there (`loadPatternAnalysis`); until then a flagged pattern is not tested.
    let decided: boolean | undefined = mayBacktrack(pattern) ? undefined : false;
    const unsafe = () => {
      if (decided === undefined && loadedPatternAnalysis()) decided = isUnsafePattern(pattern);
      return decided ?? true;
    };
    tester = {
      test: (value) => {
        compiled.lastIndex = 0;
        return unsafe() || value.length > MAX_TESTED_LENGTH || compiled.test(value);
      },
      // ajv keys compiled patterns by their string form.
      toString: () => `${compiled}${unsafe() ? " (not tested)" : ""}`,
    };
    cache.set(key, tester);
  }
  return tester;
}
// ajv's `code.regExp` engines name themselves (only read when generating standalone code).
safeRegExp.code = "safeRegExp";
