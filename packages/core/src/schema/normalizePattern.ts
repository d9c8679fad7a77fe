import { repairPattern } from "./repairPattern.js";
import { notA, warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** `pattern`: repaired to compile under the `u` flag, or dropped when it cannot be. */
export function normalizePattern(node: Node, path: string): void {
  const pattern = node.pattern;
  if (pattern === undefined) return;
  if (typeof pattern !== "string") {
    notA(path, "pattern", "a string", node, "invalid_pattern");
    return;
  }
  const repaired = repairPattern(pattern);
  const at = `${path}/pattern`;
  if (repaired === null) {
    delete node.pattern;
    warnSpec(at, "Pattern does not compile under the unicode flag; dropped", "invalid_pattern");
  } else if (repaired !== pattern) {
    node.pattern = repaired;
    warnSpec(at, "Escapes invalid under the unicode flag removed from the pattern", "pattern_repaired");
  }
}
