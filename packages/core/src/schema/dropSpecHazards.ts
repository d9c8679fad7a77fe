import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import { cycleTargets } from "./cycleTargets.js";
import type { JSONSchema } from "./JSONSchema.js";
import { isUnsafePattern } from "./loadPatternAnalysis.js";
import { parsePointer } from "./parsePointer.js";
import { refTargets } from "./refTargets.js";
import type { SpecWarning } from "./SpecWarning.js";

type Node = Record<string, unknown>;

const MAPS = "properties patternProperties definitions $defs dependencies dependentSchemas".split(" ");
const LISTS = "oneOf anyOf allOf items".split(" ");
const SINGLE = "items additionalProperties additionalItems not if then else contains propertyNames".split(
  " ",
);

/** Every schema node of `schema` with its pointer (schema keywords only: data such as `default` is not walked). */
function nodes(schema: JSONSchema): Map<string, Node> {
  const found = new Map<string, Node>();
  const visit = (node: unknown, path: string): void => {
    if (!isPlainObject(node)) return;
    found.set(path, node);
    for (const keyword of MAPS) {
      const map = node[keyword];
      if (isPlainObject(map))
        for (const [key, child] of Object.entries(map))
          visit(child, appendPointer(`${path}/${keyword}`, key));
    }
    for (const keyword of LISTS) {
      const list = node[keyword];
      if (isArray(list)) {
        list.forEach((child, i) => {
          visit(child, `${path}/${keyword}/${i}`);
        });
      }
    }
    for (const keyword of SINGLE) visit(node[keyword], `${path}/${keyword}`);
  };
  visit(schema, "");
  return found;
}

/** The pointer a local `$ref` names when it resolves to a schema node; `null` otherwise. */
function target(ref: string, all: Map<string, Node>): string | null {
  if (!ref.startsWith("#")) return null;
  let pointer = ref;
  try {
    pointer = decodeURIComponent(ref);
  } catch {
    // Not percent-encoded after all: read as written.
  }
  const path = parsePointer(pointer).reduce(appendPointer, "");
  return all.has(path) ? path : null;
}

/**
 * Checks a normalised schema in place (`normalizeSpec` calls it last): a `$ref` that does not resolve to a schema
 * node of the spec (remote, or naming nothing) and a `$ref` closing a cycle (`#` itself, a definition that
 * reaches itself) are dropped, so the node accepts what the server decides and every form and validator ends;
 * a `pattern` (or `patternProperties` key) that can backtrack exponentially is dropped so it cannot freeze the
 * page (see `isCatastrophicPattern`; before `loadPatternAnalysis`, every pattern `mayBacktrack` flags). Each drop is a warning: `unresolved_ref`, `ref_cycle`, `unsafe_pattern`. The node
 * each kept `$ref` names is recorded in `refTargets`.
 */
export function dropSpecHazards(schema: JSONSchema, warnings: SpecWarning[]): void {
  const all = nodes(schema);
  const refs = new Map<string, string>();
  const within = (path: string, root: string) => path === root || path.startsWith(`${root}/`);
  for (const [path, node] of all) {
    if (typeof node.pattern === "string" && isUnsafePattern(node.pattern)) {
      delete node.pattern;
      warnings.push({
        path: `${path}/pattern`,
        code: "unsafe_pattern",
        message: "Unsafe pattern dropped",
      });
    }
    const patternProperties = node.patternProperties;
    if (isPlainObject(patternProperties)) {
      for (const key of Object.keys(patternProperties)) {
        if (!isUnsafePattern(key)) continue;
        delete patternProperties[key];
        const dropped = appendPointer(`${path}/patternProperties`, key);
        // A $ref into the dropped schema would name nothing: it is no target any more.
        for (const inside of all.keys()) if (within(inside, dropped)) all.delete(inside);
        warnings.push({
          path: dropped,
          code: "unsafe_pattern",
          message: "Unsafe pattern dropped",
        });
      }
    }
  }
  for (const [path, node] of all) {
    if (node.$ref === undefined) continue;
    const to = typeof node.$ref === "string" ? target(node.$ref, all) : null;
    if (to === null) {
      delete node.$ref;
      warnings.push({
        path: `${path}/$ref`,
        code: "unresolved_ref",
        message: "Unresolved $ref dropped",
      });
    } else {
      refs.set(path, to);
    }
  }
  // A reference leads to every reference inside the node it names; a cycle among them never ends. Depth-first,
  // the reference that closes a cycle is dropped.
  const state = new Map<string, "open" | "done">();
  const visit = (from: string): void => {
    state.set(from, "open");
    const to = refs.get(from) as string;
    for (const next of refs.keys()) {
      if (!within(next, to) || !refs.has(from)) continue;
      if (state.get(next) === "open") {
        cycleTargets.set(all.get(from) as Node, all.get(to) as Node);
        delete (all.get(from) as Node).$ref;
        refs.delete(from);
        warnings.push({
          path: `${from}/$ref`,
          code: "ref_cycle",
          message: "Cyclic $ref dropped",
        });
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    state.set(from, "done");
  };
  for (const path of [...refs.keys()]) if (!state.has(path)) visit(path);
  for (const [from, to] of refs) refTargets.set(all.get(from) as Node, all.get(to) as Node);
}
