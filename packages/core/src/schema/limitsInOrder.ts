import type { SpecWarning } from "./SpecWarning.js";

const PAIRS = [
  ["minimum", "maximum"],
  ["minLength", "maxLength"],
  ["minItems", "maxItems"],
  ["minProperties", "maxProperties"],
] as const;

/** A lower limit above its upper limit (`minimum: 10, maximum: 1`) admits no value: both limits are dropped. */
export function limitsInOrder(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  for (const [low, high] of PAIRS) {
    const min = node[low];
    const max = node[high];
    if (typeof min !== "number" || typeof max !== "number" || min <= max) continue;
    delete node[low];
    delete node[high];
    warn({
      path,
      code: "contradictory_limits",
      message: `"${low}" is above "${high}", so no value fits; both dropped`,
    });
  }
}
