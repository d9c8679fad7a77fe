import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { parsePointer } from "./parsePointer.js";

/** The schema a local `$ref` (`#/…`, percent-decoded) points at in `root`; `undefined` for any other. */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  let pointer = ref;
  try {
    pointer = decodeURIComponent(ref);
  } catch {
    // Not percent-encoded after all (`#/definitions/100%`): read as written.
  }
  for (const token of parsePointer(pointer)) {
    node = isPlainObject(node) || isArray(node) ? getOwn(node as Record<string, unknown>, token) : undefined;
  }
  return node;
}
