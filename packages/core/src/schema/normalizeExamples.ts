import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { coerceExamples } from "./coerceExamples.js";
import { movedToItems, warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** `examples`: converted to the field's type (or dropped); an array's examples of item values moved to its items. */
export function normalizeExamples(node: Node, path: string): void {
  const examples = node.examples;
  if (examples === undefined) return;
  const at = `${path}/examples`;
  const items = node.items;
  if (
    node.type === "array" &&
    isArray(examples) &&
    isPlainObject(items) &&
    items.examples === undefined &&
    examples.length > 0 &&
    !examples.some(isArray)
  ) {
    // Examples of item values written on the array: they belong to the items (placeholder of each entry).
    const itemExamples = coerceExamples(examples, items.type);
    delete node.examples;
    if (itemExamples.length > 0) node.items = { ...items, examples: itemExamples };
    movedToItems(path, "Examples", "invalid_examples");
    return;
  }
  const list = [examples].flat();
  const kept = coerceExamples(list, node.type);
  if (
    isArray(examples) &&
    kept.length === list.length &&
    kept.every((value, index) => value === list[index])
  ) {
    return;
  }
  if (kept.length === 0) delete node.examples;
  else node.examples = kept;
  warnSpec(at, "Examples of the wrong type converted or dropped", "invalid_examples");
}
