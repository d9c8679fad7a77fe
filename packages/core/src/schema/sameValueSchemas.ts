import { isPlainObject } from "../shared/isPlainObject.js";
import type { JSONSchema } from "./JSONSchema.js";

/**
 * The sub-schemas of `node` that may describe the very value `node` does, so that a secret any of them declares is
 * one (secret detection: `prepareForm`'s secret paths and `walkSecrets`): oneOf, anyOf and allOf options, `then` and `else` (both: which applies depends on the value,
 * and a secret is better over-hidden), and the schemas of `dependencies` (its schema form; a list of required keys is
 * no schema) and `dependentSchemas`, whichever keys are present. Not filtered: callers skip what is no object.
 */
export function sameValueSchemas(node: JSONSchema): unknown[] {
  return [
    node.oneOf,
    node.anyOf,
    node.allOf,
    node.then,
    node.else,
    ...[node.dependencies, node.dependentSchemas].map((map) =>
      isPlainObject(map) ? Object.values(map) : [],
    ),
  ].flat();
}
