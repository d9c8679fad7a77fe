import { inferType } from "./inferType.js";
import { TYPE_NAMES } from "./specKeywords.js";
import { warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** `type`: unknown names dropped; a missing one inferred from the other keywords (`object` at the root). */
export function normalizeType(node: Node, path: string): void {
  const declared = node.type;
  if (declared !== undefined) {
    const list = [declared].flat();
    const valid = list.filter((name) => TYPE_NAMES.has(name));
    if (valid.length === list.length) return;
    warnSpec(`${path}/type`, "Unknown type names dropped");
    if (valid.length > 0) {
      node.type = valid.length === 1 ? valid[0] : valid;
      return;
    }
    delete node.type;
  }
  // The root is always an object; `$ref` and `anyOf` nodes get theirs from what they refer to.
  if (path === "") node.type = "object";
  else if (node.$ref === undefined && node.anyOf === undefined) {
    const inferred = inferType(node);
    if (inferred === null) return;
    node.type = inferred;
    warnSpec(path, `Missing "type" inferred as "${inferred}"`, "missing_type");
  }
}
