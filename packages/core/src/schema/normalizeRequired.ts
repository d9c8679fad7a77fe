import { isArray } from "../shared/isArray.js";
import { notA, warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** `required`: an array of unique strings (anything else dropped, with a warning). */
export function normalizeRequired(node: Node, path: string): void {
  const required = node.required;
  if (required === undefined) return;
  if (!isArray(required)) {
    notA(path, "required", "an array", node, "invalid_required");
    return;
  }
  const names = required.filter((name) => typeof name === "string");
  const unique = [...new Set(names)];
  const at = `${path}/required`;
  if (names.length !== required.length)
    warnSpec(at, "Non-string entries dropped from required", "invalid_required");
  if (unique.length !== names.length)
    warnSpec(at, "Duplicate entries removed from required", "duplicate_required");
  node.required = unique;
}
