import type { SpecWarning, SpecWarningCode } from "./SpecWarning.js";

type Node = Record<string, unknown>;

// The warnings of the `normalizeSpec` call in progress (it is synchronous and never re-entered).
let warnings: SpecWarning[] = [];

/** Starts collecting the warnings of one `normalizeSpec` call into a new list, and returns that list. */
export function startSpecWarnings(): SpecWarning[] {
  warnings = [];
  return warnings;
}

/** Records one warning of the `normalizeSpec` call in progress. */
export function warnSpec(
  path: string,
  message: string,
  code: SpecWarningCode = "invalid_keyword_value",
): void {
  warnings.push({ path, code, message });
}

/**
 * The `"keyword" is not …` warning most fixes share, at the keyword's pointer. Given the node, the keyword is
 * dropped from it (and the message says so).
 */
export function notA(
  path: string,
  keyword: string,
  expected: string,
  node?: Node,
  code?: SpecWarningCode,
): void {
  let message = `"${keyword}" is not ${expected}`;
  if (node) {
    delete node[keyword];
    message += "; dropped";
  }
  warnSpec(`${path}/${keyword}`, message, code);
}

/** A keyword typo (or alias) read as the keyword it means. */
export function readAs(path: string, key: string, keyword: string): void {
  warnSpec(path, `Keyword "${key}" read as "${keyword}"`, "keyword_typo");
}

/** An array's `enum` or `examples` of item values, moved to its items (where they mean something) by the caller. */
export function movedToItems(path: string, what: "Enum" | "Examples", code: SpecWarningCode): void {
  warnSpec(`${path}/${what.toLowerCase()}`, `${what} of item values moved from the array to its items`, code);
}

/** A fix that lives in its own module: it reports through `warn` instead of `warnSpec`. */
type Rule = (node: Node, path: string, warn: (warning: SpecWarning) => void) => void;

/** Adapts a fix of its own module (reporting through `warn`) to a step of `normalizeSpec`. */
export function rule(fix: Rule): (node: Node, path: string) => void {
  return (node, path) => fix(node, path, (warning) => warnings.push(warning));
}
