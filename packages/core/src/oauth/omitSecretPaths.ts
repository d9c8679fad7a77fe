import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { parsePointer, setOwn } from "./ownHelpers.js";

/**
 * Copies `node` without the value at `keys` (`*` = every array item or every key of an object, `**` followed by more
 * keys = any keys in between, none included); shares the branches it does not change.
 */
function omit(node: unknown, keys: readonly string[]): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return node;
  if (key === "**" && rest.length > 0) {
    const here = omit(node, rest);
    if (isArray(here)) return here.map((item) => omit(item, keys));
    if (!isPlainObject(here)) return here;
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(here)) setOwn(out, name, omit(value, keys));
    return out;
  }
  if (isArray(node)) {
    // A path ending in `*` names the items themselves (secret items): none is kept.
    if (key !== "*") return node;
    return rest.length > 0 ? node.map((item) => omit(item, rest)) : [];
  }
  // `*` on an object: any key (a map's entries, under `additionalProperties` or `patternProperties`).
  if (!isPlainObject(node) || (key !== "*" && !Object.hasOwn(node, key))) return node;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    if (name !== key && key !== "*") setOwn(out, name, value);
    else if (rest.length > 0) setOwn(out, name, omit(value, rest));
  }
  return out;
}

/**
 * A copy of `config` without the values at `secretPaths` (a prepared form's `secretPaths`: JSON pointers, `*` for
 * any array item or any key of an object, `**` for any keys in between, below a recursive `$ref`), e.g. to keep the
 * non-secret values of a form somewhere a secret must never go.
 */
export function omitSecretPaths<T>(config: T, secretPaths: readonly string[]): T {
  let out: unknown = config;
  for (const path of secretPaths) out = omit(out, parsePointer(path));
  return out as T;
}
