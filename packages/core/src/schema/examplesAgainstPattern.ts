import { isArray } from "../shared/isArray.js";
import type { SpecWarning } from "./SpecWarning.js";

/**
 * Examples the field's own `pattern` rejects (`"YYYY-MM-DD"`, `"%Y-%m-%d"`, a date-time with milliseconds under a
 * pattern without) are dropped: shown as a placeholder, they would invite a value the form then refuses.
 */
export function examplesAgainstPattern(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  const { examples, pattern } = node;
  if (!isArray(examples) || typeof pattern !== "string") return;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "u");
  } catch {
    return;
  }
  const kept = examples.filter((example) => typeof example !== "string" || regex.test(example));
  if (kept.length === examples.length) return;
  if (kept.length === 0) delete node.examples;
  else node.examples = kept;
  warn({
    path: `${path}/examples`,
    code: "examples_rejected_by_pattern",
    message: "Examples the pattern rejects dropped",
  });
}
