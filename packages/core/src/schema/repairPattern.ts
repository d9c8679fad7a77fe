/** Escapes kept as written (`\d`, `\.`, …; inside a class `\-` too): any other is an identity escape `u` forbids. */
const SYNTAX = /[A-Za-z0-9^$\\.*+?()[\]{}|/]/;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes a pattern compile under JavaScript's `u` flag (as ajv compiles it) by removing the identity escapes
 * the flag forbids (`\-` outside a class, `\:`, `\"`, …). Returns the pattern unchanged when it already
 * compiles, the repaired pattern when that works, and `null` when it cannot be used.
 */
export function repairPattern(pattern: string): string | null {
  if (compiles(pattern)) return pattern;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) return null;
      out += SYNTAX.test(next) || (inClass && next === "-") ? char + next : next;
      i++;
      continue;
    }
    if (char === "[" && !inClass) inClass = true;
    else if (char === "]" && inClass) inClass = false;
    out += char;
  }
  return compiles(out) ? out : null;
}
