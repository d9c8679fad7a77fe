/** Repetitions with more iterations than this count as unbounded (`{1,100}` backtracks like `+`). */
const MANY = 10;

/** One atom of a sequence with its quantifier. */
interface Item {
  min: number;
  max: number;
  /** The character it matches when it is a plain (or escaped punctuation) literal. */
  literal: string | null;
  /** Sources of the single-character atoms (classes, escapes, `.`, literals) inside it. */
  leaves: string[];
  /** Whether an unbounded repetition occurs inside it (or is it). */
  unbounded: boolean;
}

function matchesAny(leaves: readonly string[], char: string): boolean {
  return leaves.some((leaf) => {
    try {
      return new RegExp(`^(?:${leaf})$`, "u").test(char);
    } catch {
      return true;
    }
  });
}

/**
 * Whether a regular expression has a nested unbounded repetition that can backtrack exponentially (`^(a+)+$`,
 * `(\w+\s?)*$`, `(x+x+)+y`): a group repeated without bound that contains an unbounded repetition, unless each
 * iteration of the group must contain a literal character that none of the inner repetitions can match (a
 * delimiter, as `/` in `^data(\/[\w\d]+)+$`), which keeps the match linear. Conservative for what it cannot read.
 */
export function isCatastrophicPattern(pattern: string): boolean {
  let i = 0;
  let catastrophic = false;

  /** Parses a sequence (with alternatives) up to `)` or the end; its top-level items, or `alternation`. */
  function sequence(): { items: Item[]; alternation: boolean } {
    const items: Item[] = [];
    let alternation = false;
    while (i < pattern.length && pattern[i] !== ")") {
      const start = i;
      const char = pattern[i] as string;
      if (char === "|") {
        alternation = true;
        i++;
        continue;
      }
      if (char === "^" || char === "$") {
        i++;
        continue;
      }
      if (char === "(") {
        const lookaround = /^\(\?<?[=!]/.test(pattern.slice(i, i + 4));
        if (pattern.startsWith("(?:", i)) i += 3;
        else if (lookaround) i += pattern[i + 2] === "<" ? 4 : 3;
        else if (pattern.startsWith("(?<", i)) i = pattern.indexOf(">", i) + 1 || pattern.length;
        else i++;
        const inner = sequence();
        i++;
        const quantifier = readQuantifier();
        if (lookaround) continue;
        const unbounded = inner.items.some((entry) => entry.unbounded);
        if (quantifier.max > MANY && unbounded && !hasDelimiter(inner)) catastrophic = true;
        items.push({
          ...quantifier,
          literal: null,
          leaves: inner.items.flatMap((entry) => entry.leaves),
          unbounded: unbounded || quantifier.max > MANY,
        });
        continue;
      }
      let literal: string | null = null;
      if (char === "\\") {
        const next = pattern[i + 1] ?? "";
        if (/[pPu]/.test(next) && pattern[i + 2] === "{") i = pattern.indexOf("}", i) + 1 || pattern.length;
        else i += next === "x" ? 4 : next === "u" ? 6 : next === "c" ? 3 : 2;
        if (!/[A-Za-z0-9]/.test(next)) literal = next;
      } else if (char === "[") {
        i++;
        while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
        i++;
      } else {
        i++;
        if (char !== ".") literal = char;
      }
      const leaves = [pattern.slice(start, i)];
      const quantifier = readQuantifier();
      items.push({ ...quantifier, literal, leaves, unbounded: quantifier.max > MANY });
    }
    return { items, alternation };
  }

  function readQuantifier(): { min: number; max: number } {
    const rest = pattern.slice(i);
    const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!match) return { min: 1, max: 1 };
    i += match[0].length;
    const [, symbol, low, comma, high] = match;
    if (symbol) return { min: symbol === "+" ? 1 : 0, max: symbol === "?" ? 1 : Number.POSITIVE_INFINITY };
    const min = Number(low);
    return { min, max: comma === undefined ? min : high ? Number(high) : Number.POSITIVE_INFINITY };
  }

  /** A literal every iteration must contain and no inner repetition can match. */
  function hasDelimiter({ items, alternation }: { items: Item[]; alternation: boolean }): boolean {
    if (alternation) return false;
    const repeated = items.filter((item) => item.unbounded).flatMap((item) => item.leaves);
    return items.some(
      (item) => item.min >= 1 && item.literal !== null && !matchesAny(repeated, item.literal),
    );
  }

  while (i < pattern.length) {
    sequence();
    i++; // an unbalanced `)`: keep reading
  }
  return catastrophic;
}
