import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import type { JSONSchema } from "./JSONSchema.js";
import { parsePointer } from "./parsePointer.js";
import type { SpecWarning } from "./SpecWarning.js";

type Node = Record<string, unknown>;

// Keywords holding a map of sub-schemas; the others hold one sub-schema or a list of them.
const MAPS = "properties patternProperties definitions $defs dependencies dependentSchemas".split(" ");
const SUBSCHEMAS = new Set([
  ...MAPS,
  ..."oneOf anyOf allOf items prefixItems additionalProperties additionalItems not if then else contains propertyNames".split(
    " ",
  ),
]);

/**
 * What the local `$ref` with these tokens names in `root`, as `resolveRef` reads it (not imported: the interpreter's
 * chunk shares it, and a module shared by the first load and a chunk loaded on demand is split off on its own).
 */
const at = (root: unknown, tokens: readonly string[] | null): unknown =>
  tokens?.reduce<unknown>(
    (node, token) => (isPlainObject(node) || isArray(node) ? getOwn(node as Node, token) : undefined),
    root,
  );

/**
 * A schema derived from the normalised spec `source` (the user schema, the OAuth view) in which every `$ref` still
 * names the node it names in `source`: a ref whose pointer now names nothing, or another node (a field the template
 * defaults removed or changed, a collapsed oneOf, a hidden OAuth output), is replaced by a copy of its node in
 * `source` (its own keywords win), passed through `clean`, with the refs inside it treated the same way. Past 1000
 * inlined refs, one `too_complex` warning says the rest is not repaired: a ref left naming nothing is dropped (with
 * an `unresolved_ref` warning), one naming another node is kept. `schema` is not mutated.
 */
export function inlineStaleRefs(
  schema: JSONSchema,
  source: JSONSchema,
  warnings: SpecWarning[] = [],
  clean: (node: JSONSchema) => JSONSchema = (node) => node,
): JSONSchema {
  // Refs closing a cycle are gone (`normalizeSpec`), so inlining ends; the count bounds exponential fan-out.
  let inlinable = 1000;
  /** A map or list of schemas, repaired: the same object when nothing in it changed, else a copy. */
  const each = (schemas: object, path: string, inlined: boolean): object => {
    let copy: object | undefined;
    for (const [key, child] of Object.entries(schemas)) {
      const repaired = repair(child, appendPointer(path, key), inlined);
      if (repaired === child) continue;
      copy ??= isArray(schemas) ? [...schemas] : { ...schemas };
      setOwn(copy, key, repaired);
    }
    return copy ?? schemas;
  };
  const repair = (node: unknown, path: string, inlined: boolean): unknown => {
    if (!isPlainObject(node)) return node;
    let out: Node = inlined ? clean(node) : node;
    const ref = out.$ref;
    if (typeof ref === "string") {
      let pointer = ref;
      try {
        pointer = decodeURIComponent(ref);
      } catch {
        // Not percent-encoded after all: read as written.
      }
      const tokens = ref.startsWith("#") ? parsePointer(pointer) : null;
      const here = at(schema, tokens);
      const there = at(source, tokens);
      if (here !== there || !isPlainObject(here)) {
        const { $ref: _ref, ...own } = out;
        if (isPlainObject(there)) {
          if (inlinable-- > 0) return repair({ ...there, ...own }, path, true);
          // Once, for the first ref past the count.
          if (inlinable === -1)
            warnings.push({ path: `${path}/$ref`, code: "too_complex", message: "Too many $refs" });
        }
        if (!isPlainObject(here)) {
          warnings.push({ path: `${path}/$ref`, code: "unresolved_ref", message: "Unresolved $ref dropped" });
          out = own;
        }
      }
    }
    for (const [keyword, value] of Object.entries(out)) {
      if (!SUBSCHEMAS.has(keyword)) continue;
      const where = `${path}/${keyword}`;
      const next =
        MAPS.includes(keyword) || isArray(value)
          ? isPlainObject(value) || isArray(value)
            ? each(value, where, inlined)
            : value
          : repair(value, where, inlined);
      if (next !== value) {
        if (out === node) out = { ...node };
        out[keyword] = next;
      }
    }
    return out;
  };
  return repair(schema, "", false) as JSONSchema;
}
