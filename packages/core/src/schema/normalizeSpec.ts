import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import { constInEnum } from "./constInEnum.js";
import { defaultAgainstSchema } from "./defaultAgainstSchema.js";
import { dropSpecHazards } from "./dropSpecHazards.js";
import { examplesAgainstPattern } from "./examplesAgainstPattern.js";
import { formatAgainstPattern } from "./formatAgainstPattern.js";
import { hiddenRequired } from "./hiddenRequired.js";
import { inlineAllOf } from "./inlineAllOf.js";
import type { JSONSchema } from "./JSONSchema.js";
import { limitSpecDepth } from "./limitSpecDepth.js";
import { limitsInOrder } from "./limitsInOrder.js";
import { normalizeAnnotations } from "./normalizeAnnotations.js";
import { normalizeEnumAndDefault } from "./normalizeEnumAndDefault.js";
import { normalizeExamples } from "./normalizeExamples.js";
import { normalizeFormat } from "./normalizeFormat.js";
import { normalizeNumbers } from "./normalizeNumbers.js";
import { normalizePattern } from "./normalizePattern.js";
import { normalizeRequired } from "./normalizeRequired.js";
import { normalizeType } from "./normalizeType.js";
import { nullTypeName } from "./nullTypeName.js";
import { SpecError } from "./SpecError.js";
import type { SpecWarning } from "./SpecWarning.js";
import { KEYWORD_TYPOS, KNOWN_KEYWORDS, SCHEMA_CONTAINER_KEYWORDS, SCHEMA_KEYWORDS } from "./specKeywords.js";
import { notA, readAs, rule, startSpecWarnings, warnSpec as warn } from "./warnSpec.js";

/** The result of `normalizeSpec`: a cleaned copy of the spec and what was fixed on the way. */
export interface NormalizedSpec {
  schema: JSONSchema;
  warnings: SpecWarning[];
}

type Node = Record<string, unknown>;

const cache = new WeakMap<object, NormalizedSpec>();

/** Normalises one schema node (recursively); never throws. */
function normalizeNode(raw: unknown, path: string): JSONSchema {
  let input: Node = {};
  if (isPlainObject(raw)) input = raw;
  else if (raw !== true) warn(path, "Not a schema object; replaced by an empty schema", "invalid_schema");
  const node: Node = {};
  for (const [key, value] of Object.entries(input)) {
    // Own keys only: `constructor` or `toString` in a spec are not typos of anything.
    const fixed = Object.hasOwn(KEYWORD_TYPOS, key) ? KEYWORD_TYPOS[key] : undefined;
    if (fixed === undefined) {
      if (getOwn(node, key) === undefined) setOwn(node, key, value);
    } else if (input[fixed] === undefined) {
      node[fixed] = value;
      readAs(path, key, fixed);
    } else {
      warn(path, `Keyword "${key}" ignored: "${fixed}" is also present`, "keyword_typo");
    }
  }
  for (const step of STEPS) step(node, path);
  return node as JSONSchema;
}

/** Normalises each schema of a map or list, keeping its shape (the pointer tokens are the names or indexes). */
function normalizeEach(schemas: object, at: string): Node {
  const out: Node = isArray(schemas) ? ([] as unknown as Node) : {};
  // setOwn: a property literally named `__proto__` (JSON.parse makes it an own key) must stay a property.
  for (const [key, child] of Object.entries(schemas))
    setOwn(out, key, normalizeNode(child, appendPointer(at, key)));
  return out;
}

function children(node: Node, path: string): void {
  SCHEMA_CONTAINER_KEYWORDS.forEach((keyword, index) => {
    const value = node[keyword];
    if (value === undefined) return;
    const isMap = index < 4;
    if (isMap ? isPlainObject(value) : isArray(value) && value.length > 0) {
      node[keyword] = normalizeEach(value as object, `${path}/${keyword}`);
    } else {
      notA(path, keyword, isMap ? "an object" : "a non-empty array", node);
    }
  });
  for (const keyword of SCHEMA_KEYWORDS) {
    const value = node[keyword];
    if (value !== undefined && typeof value !== "boolean") {
      node[keyword] = normalizeNode(value, `${path}/${keyword}`);
    }
  }
  // Maps of schemas by property name; a `dependencies` list (required keys) and a boolean schema stay as they are.
  for (const keyword of ["dependencies", "dependentSchemas"]) {
    const map = node[keyword];
    if (!isPlainObject(map)) continue;
    const out: Node = { ...map };
    for (const [key, child] of Object.entries(map))
      if (isPlainObject(child))
        setOwn(out, key, normalizeNode(child, appendPointer(`${path}/${keyword}`, key)));
    node[keyword] = out;
  }
  const items = node.items;
  if (isArray(items)) node.items = normalizeEach(items, `${path}/items`);
  else if (items !== undefined) node.items = normalizeNode(items, `${path}/items`);
}

/** Some specs put child schemas directly on an untyped node instead of under `properties`. */
function strayProperties(node: Node, path: string): void {
  if (node.type !== undefined || node.properties !== undefined || node.oneOf !== undefined) return;
  const stray = Object.keys(node).filter((key) => {
    const value = node[key];
    return !KNOWN_KEYWORDS.has(key) && isPlainObject(value) && typeof value.type === "string";
  });
  if (stray.length === 0) return;
  const properties: Node = {};
  for (const key of stray) {
    setOwn(properties, key, normalizeNode(node[key], appendPointer(`${path}/properties`, key)));
    delete node[key];
  }
  node.properties = properties;
  warn(path, `Child schemas "${stray.join('", "')}" moved under "properties"`, "stray_properties");
}

/** The fixes, in order: children first, so that a node's own fixes see normalised sub-schemas. */
const STEPS = [
  children,
  inlineAllOf,
  strayProperties,
  normalizeRequired,
  rule(hiddenRequired),
  rule(nullTypeName),
  normalizeType,
  normalizeNumbers,
  rule(limitsInOrder),
  normalizePattern,
  normalizeFormat,
  rule(formatAgainstPattern),
  normalizeExamples,
  rule(examplesAgainstPattern),
  normalizeEnumAndDefault,
  rule(constInEnum),
  rule(defaultAgainstSchema),
  normalizeAnnotations,
];

/**
 * Returns a cleaned copy of a connector spec: keyword typos fixed, duplicate `required` removed, patterns made
 * valid under the `u` flag (or dropped), missing `type` inferred, wrong-typed `examples` converted or dropped,
 * oneOf `default`s naming an option turned into that option's discriminator, and contradictions no value could
 * satisfy resolved the way the connector means them (a `format` against its `pattern`, a `default` the field
 * rejects, `null` in a type list, limits out of order, a `const` outside its `enum`, examples the pattern rejects,
 * a required field hidden without a default). Hazards are cut with a warning rather than thrown: nesting deeper
 * than 100 levels (`too_deep`), `$ref`s naming nothing (`unresolved_ref`) or closing a cycle (`ref_cycle`),
 * patterns that could backtrack exponentially (`unsafe_pattern`). Pure (the input is never mutated),
 * cached per input object, and never throws for an object input.
 */
export function normalizeSpec(spec: unknown): NormalizedSpec {
  if (!isPlainObject(spec)) {
    throw new SpecError("not_an_object", "A connector specification must be a JSON object");
  }
  let result = cache.get(spec);
  if (!result) {
    const warnings = startSpecWarnings();
    const schema = normalizeNode(limitSpecDepth(spec, warnings), "");
    dropSpecHazards(schema, warnings);
    result = { schema, warnings };
    cache.set(spec, result);
    // Normalising an already normalised schema is a no-op, so hand back the same result (and caches keyed on it).
    cache.set(schema, result);
  }
  return result;
}
