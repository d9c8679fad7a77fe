import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import type { JSONSchema } from "./JSONSchema.js";
import { resolveRef } from "./resolveRef.js";
import type { SpecWarning } from "./SpecWarning.js";

type Node = Record<string, unknown>;

// Keywords holding a map of sub-schemas; every other keyword below holds one sub-schema or a list of them.
const MAPS = "properties patternProperties definitions $defs dependencies dependentSchemas".split(" ");
const SUBSCHEMAS = new Set([
  ...MAPS,
  ..."oneOf anyOf allOf items prefixItems additionalProperties additionalItems not if then else contains propertyNames".split(
    " ",
  ),
]);

/**
 * A schema derived from the normalised spec `source` (the user schema, the OAuth view) in which every `$ref` still
 * names the node it names in `source`: a ref whose pointer now names nothing, or another node (a field the template
 * defaults removed or changed, a collapsed oneOf, a hidden OAuth output), is replaced by a copy of its node in
 * `source` (its own keywords win), passed through `clean`, with the refs inside it treated the same way. A ref left
 * naming nothing once 1000 were inlined is dropped with an `unresolved_ref` warning. `schema` is not mutated.
 */
export function inlineStaleRefs(
  schema: JSONSchema,
  source: JSONSchema,
  warnings: SpecWarning[] = [],
  clean: (node: JSONSchema) => JSONSchema = (node) => node,
): JSONSchema {
  // Refs closing a cycle are gone (`normalizeSpec`), so inlining ends; the count bounds exponential fan-out.
  let inlinable = 1000;
  const repair = (node: unknown, path: string, inlined: boolean): unknown => {
    if (!isPlainObject(node)) return node;
    let out: Node = inlined ? clean(node) : node;
    const ref = out.$ref;
    if (typeof ref === "string") {
      const here = resolveRef(schema, ref);
      const there = resolveRef(source, ref);
      if (here !== there || !isPlainObject(here)) {
        const { $ref: _ref, ...own } = out;
        if (isPlainObject(there) && inlinable-- > 0) return repair({ ...there, ...own }, path, true);
        if (!isPlainObject(here)) {
          warnings.push({ path: `${path}/$ref`, code: "unresolved_ref", message: "Unresolved $ref dropped" });
          out = own;
        }
      }
    }
    for (const [keyword, value] of Object.entries(out)) {
      if (!SUBSCHEMAS.has(keyword) || !(isPlainObject(value) || isArray(value))) continue;
      const at = `${path}/${keyword}`;
      let next: unknown = value;
      if (isPlainObject(value) && MAPS.includes(keyword)) {
        const map: Node = {};
        let changed = false;
        for (const [key, child] of Object.entries(value)) {
          const repaired = repair(child, appendPointer(at, key), inlined);
          changed ||= repaired !== child;
          setOwn(map, key, repaired);
        }
        if (changed) next = map;
      } else if (isArray(value)) {
        const list = value.map((child, index) => repair(child, `${at}/${index}`, inlined));
        if (list.some((child, index) => child !== value[index])) next = list;
      } else {
        next = repair(value, at, inlined);
      }
      if (next !== value) {
        if (out === node) out = { ...node };
        out[keyword] = next;
      }
    }
    return out;
  };
  return repair(schema, "", false) as JSONSchema;
}
