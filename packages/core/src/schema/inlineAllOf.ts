import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { setOwn } from "../shared/setOwn.js";
import type { JSONSchema } from "./JSONSchema.js";
import { warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** Inlines `allOf` of plain sub-schemas (the parent's own keywords win) so forms see one schema. */
export function inlineAllOf(node: Node, path: string): void {
  const parts = node.allOf as JSONSchema[] | undefined;
  if (!parts || parts.some((part) => part.$ref !== undefined)) return;
  delete node.allOf;
  for (const part of parts) {
    // The parts are normalised: their `properties` (if any) is an object and their `required` an array.
    for (const [key, value] of Object.entries(part)) {
      if (key === "properties") {
        node.properties = { ...(value as Node), ...(node.properties as Node | undefined) };
      } else if (key === "required") {
        node.required = [...(isArray(node.required) ? node.required : []), ...(value as string[])];
      } else if (getOwn(node, key) === undefined) {
        setOwn(node, key, value);
      }
    }
  }
  warnSpec(path, "allOf merged into its parent schema", "allof_inlined");
}
