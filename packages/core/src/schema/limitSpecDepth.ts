import { isArray } from "../shared/isArray.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import type { SpecWarning } from "./SpecWarning.js";

/** JSON nesting allowed in a spec: real connector specs stay under 30; every recursive step below is safe here. */
const MAX_DEPTH = 100;

/** The depth of the deepest object or array in `value`, walked without recursion (stops past `MAX_DEPTH`). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A copy of `value` with every object or array at `MAX_DEPTH` replaced by `{}` (one warning each). */
function truncate(value: unknown, depth: number, path: string, warnings: SpecWarning[]): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) {
    warnings.push({
      path,
      code: "too_deep",
      message: "Too deep; cut",
    });
    return {};
  }
  const out: object = isArray(value) ? [] : {};
  for (const [key, child] of Object.entries(value)) {
    setOwn(out, key, truncate(child, depth + 1, appendPointer(path, key), warnings));
  }
  return out;
}

/**
 * Returns `spec` itself when it nests at most 100 levels deep, else a copy cut at that depth (each cut reported
 * as a `too_deep` warning), so that no recursive step of the spec engine, RJSF or a validator overflows the stack.
 * Called by `normalizeSpec` before anything else.
 */
export function limitSpecDepth(
  spec: Record<string, unknown>,
  warnings: SpecWarning[],
): Record<string, unknown> {
  return depthOf(spec) > MAX_DEPTH ? (truncate(spec, 0, "", warnings) as Record<string, unknown>) : spec;
}
