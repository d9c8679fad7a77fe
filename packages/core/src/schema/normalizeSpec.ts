import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import { constInEnum } from "./constInEnum.js";
import { constValue } from "./constValue.js";
import { defaultAgainstSchema } from "./defaultAgainstSchema.js";
import { dropSpecHazards } from "./dropSpecHazards.js";
import { examplesAgainstPattern } from "./examplesAgainstPattern.js";
import { findDiscriminator } from "./findDiscriminator.js";
import { formatAgainstPattern } from "./formatAgainstPattern.js";
import { hiddenRequired } from "./hiddenRequired.js";
import type { JSONSchema, JSONSchemaTypeName } from "./JSONSchema.js";
import { limitSpecDepth } from "./limitSpecDepth.js";
import { limitsInOrder } from "./limitsInOrder.js";
import { nullTypeName } from "./nullTypeName.js";
import { repairPattern } from "./repairPattern.js";
import { SpecError } from "./SpecError.js";
import type { SpecWarning, SpecWarningCode } from "./SpecWarning.js";

/** The result of `normalizeSpec`: a cleaned copy of the spec and what was fixed on the way. */
export interface NormalizedSpec {
  schema: JSONSchema;
  warnings: SpecWarning[];
}

/** Keyword misspellings found in real specs, mapped to the keyword they mean. */
const KEYWORD_TYPOS: Readonly<Record<string, string>> = {
  tittle: "title",
  'title"': "title",
  desciption: "description",
  desciprtion: "description",
  descripton: "description",
  mininum: "minimum",
  maxitems: "maxItems",
  minitems: "minItems",
  maxlength: "maxLength",
  minlength: "minLength",
};

type Node = Record<string, unknown>;

// Keyword tables are space-separated strings split once: lighter in the bundle than array literals.
const NUMERIC_KEYWORDS =
  "minimum maximum exclusiveMinimum exclusiveMaximum multipleOf minLength maxLength minItems maxItems order".split(
    " ",
  );

const TYPE_NAMES: ReadonlySet<unknown> = new Set(
  "object array string number integer boolean null".split(" "),
);

/** Keywords holding sub-schemas: the first four a map of them, the last three a non-empty list. */
const SCHEMA_CONTAINER_KEYWORDS = "properties patternProperties definitions $defs oneOf anyOf allOf".split(
  " ",
);
/** Keywords holding one sub-schema (or a boolean, kept as is). */
const SCHEMA_KEYWORDS = "additionalProperties additionalItems not if then else contains".split(" ");
/** Annotations that must be strings (the first four) or booleans (the rest). */
const ANNOTATION_KEYWORDS =
  "title description pattern_descriptor group airbyte_secret airbyte_hidden always_show multiline".split(" ");

/** Formats ajv-formats knows; anything else is dropped (ajv would only log it). */
const KNOWN_FORMATS: ReadonlySet<unknown> = new Set(
  "date time date-time iso-time iso-date-time duration uri uri-reference uri-template url email hostname ipv4 ipv6 regex uuid json-pointer json-pointer-uri-fragment relative-json-pointer byte int32 int64 float double password binary".split(
    " ",
  ),
);

/** Keywords a schema node may legitimately carry; anything else that looks like a schema is a stray property. */
const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  ...NUMERIC_KEYWORDS,
  ...SCHEMA_CONTAINER_KEYWORDS,
  ...SCHEMA_KEYWORDS,
  ...ANNOTATION_KEYWORDS,
  ..."$schema $id $ref $comment type default examples enum const required propertyNames dependencies dependentRequired dependentSchemas items format pattern readOnly writeOnly deprecated uniqueItems minProperties maxProperties groups display_type".split(
    " ",
  ),
]);

const cache = new WeakMap<object, NormalizedSpec>();

// The warnings of the `normalizeSpec` call in progress (it is synchronous and never re-entered).
let warnings: SpecWarning[] = [];

function warn(path: string, message: string, code: SpecWarningCode = "invalid_keyword_value"): void {
  warnings.push({ path, code, message });
}

/**
 * The `"keyword" is not …` warning most fixes share, at the keyword's pointer. Given the node, the keyword is
 * dropped from it (and the message says so).
 */
function notA(path: string, keyword: string, expected: string, node?: Node, code?: SpecWarningCode): void {
  let message = `"${keyword}" is not ${expected}`;
  if (node) {
    delete node[keyword];
    message += "; dropped";
  }
  warn(`${path}/${keyword}`, message, code);
}

/** A keyword typo (or alias) read as the keyword it means. */
function readAs(path: string, key: string, keyword: string): void {
  warn(path, `Keyword "${key}" read as "${keyword}"`, "keyword_typo");
}

/** An array's `enum` or `examples` of item values, moved to its items (where they mean something) by the caller. */
function movedToItems(path: string, what: "Enum" | "Examples", code: SpecWarningCode): void {
  warn(`${path}/${what.toLowerCase()}`, `${what} of item values moved from the array to its items`, code);
}

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
  const items = node.items;
  if (isArray(items)) node.items = normalizeEach(items, `${path}/items`);
  else if (items !== undefined) node.items = normalizeNode(items, `${path}/items`);
}

/** Inlines `allOf` of plain sub-schemas (the parent's own keywords win) so forms see one schema. */
function inlineAllOf(node: Node, path: string): void {
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
  warn(path, "allOf merged into its parent schema", "allof_inlined");
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

function required(node: Node, path: string): void {
  const required = node.required;
  if (required === undefined) return;
  if (!isArray(required)) {
    notA(path, "required", "an array", node, "invalid_required");
    return;
  }
  const names = required.filter((name) => typeof name === "string");
  const unique = [...new Set(names)];
  const at = `${path}/required`;
  if (names.length !== required.length)
    warn(at, "Non-string entries dropped from required", "invalid_required");
  if (unique.length !== names.length)
    warn(at, "Duplicate entries removed from required", "duplicate_required");
  node.required = unique;
}

function type(node: Node, path: string): void {
  const declared = node.type;
  if (declared !== undefined) {
    const list = [declared].flat();
    const valid = list.filter((name) => TYPE_NAMES.has(name));
    if (valid.length === list.length) return;
    warn(`${path}/type`, "Unknown type names dropped");
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
    warn(path, `Missing "type" inferred as "${inferred}"`, "missing_type");
  }
}

function numbers(node: Node, path: string): void {
  // `min`/`max` (database connectors) are aliases only on numeric fields.
  if (node.type === "number" || node.type === "integer") {
    for (const alias of ["min", "max"]) {
      const keyword = `${alias}imum`;
      if (typeof node[alias] === "number" && node[keyword] === undefined) {
        node[keyword] = node[alias];
        readAs(path, alias, keyword);
        delete node[alias];
      }
    }
  }
  for (const keyword of NUMERIC_KEYWORDS) {
    const value = node[keyword];
    if (value === undefined || Number.isFinite(value)) continue;
    const parsed = toNumber(value);
    if (Number.isFinite(parsed)) node[keyword] = parsed;
    else delete node[keyword];
    notA(path, keyword, "a number");
  }
}

function pattern(node: Node, path: string): void {
  const pattern = node.pattern;
  if (pattern === undefined) return;
  if (typeof pattern !== "string") {
    notA(path, "pattern", "a string", node, "invalid_pattern");
    return;
  }
  const repaired = repairPattern(pattern);
  const at = `${path}/pattern`;
  if (repaired === null) {
    delete node.pattern;
    warn(at, "Pattern does not compile under the unicode flag; dropped", "invalid_pattern");
  } else if (repaired !== pattern) {
    node.pattern = repaired;
    warn(at, "Escapes invalid under the unicode flag removed from the pattern", "pattern_repaired");
  }
}

function format(node: Node, path: string): void {
  const format = node.format;
  if (format === undefined || KNOWN_FORMATS.has(format)) return;
  delete node.format;
  warn(`${path}/format`, "Unknown format dropped", "unknown_format");
}

function examples(node: Node, path: string): void {
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
  warn(at, "Examples of the wrong type converted or dropped", "invalid_examples");
}

function enumAndDefault(node: Node, path: string): void {
  const values = node.enum;
  if (values !== undefined && (!isArray(values) || values.length === 0)) {
    notA(path, "enum", "a non-empty array", node);
  }
  if (node.type === "array" && isArray(node.enum) && !node.enum.some(isArray)) {
    // An enum of item values on the array itself: no array could ever match it; it means "items from this list".
    const items = { ...(isPlainObject(node.items) ? node.items : {}) };
    if (items.enum === undefined) {
      const itemType = inferType({ enum: node.enum });
      if (itemType !== null && items.type === undefined) items.type = itemType;
      items.enum = node.enum;
      node.items = items;
    }
    delete node.enum;
    movedToItems(path, "Enum", "misplaced_enum");
  }
  const options = node.oneOf as JSONSchema[] | undefined;
  const named = node.default;
  if (!options || named === undefined || isPlainObject(named)) return;
  const at = `${path}/default`;
  // Without a discriminator there is no object the name could become: the default is dropped either way.
  const discriminator = findDiscriminator(options);
  const option =
    discriminator === null
      ? undefined
      : options.find(
          (candidate) =>
            JSON.stringify(constValue(candidate.properties?.[discriminator])) === JSON.stringify(named) ||
            (typeof named === "string" &&
              typeof candidate.title === "string" &&
              candidate.title.toLowerCase() === named.toLowerCase()),
        );
  if (option) {
    node.default = { [discriminator as string]: constValue(option.properties?.[discriminator as string]) };
    warn(
      at,
      "oneOf default naming an option replaced by that option's discriminator",
      "oneof_default_option",
    );
  } else {
    delete node.default;
    warn(at, "oneOf default names no option; dropped", "oneof_default_option");
  }
}

function annotations(node: Node, path: string): void {
  ANNOTATION_KEYWORDS.forEach((keyword, index) => {
    const value = node[keyword];
    const expected = index < 4 ? "string" : "boolean";
    if (value === undefined || typeof value === expected) return;
    if (index > 3) node[keyword] = value === "true";
    else if (typeof value === "number" || typeof value === "boolean") node[keyword] = String(value);
    else delete node[keyword];
    notA(path, keyword, `a ${expected}`);
  });
  if (!["dropdown", "radio", undefined].includes(node.display_type as string)) {
    delete node.display_type;
    warn(`${path}/display_type`, "Unknown display_type dropped");
  }
  const groups = node.groups;
  if (groups !== undefined) {
    const kept = isArray(groups)
      ? groups.filter((group) => isPlainObject(group) && typeof group.id === "string")
      : [];
    if (!isArray(groups) || kept.length !== groups.length) {
      warn(`${path}/groups`, "Groups without an id dropped");
    }
    node.groups = kept;
  }
}

/** A fix that lives in its own module: it reports through `warn` instead of this module's warning list. */
type Rule = (node: Node, path: string, warn: (warning: SpecWarning) => void) => void;

function rule(fix: Rule): (node: Node, path: string) => void {
  return (node, path) => fix(node, path, (warning) => warnings.push(warning));
}

/** The fixes, in order: children first, so that a node's own fixes see normalised sub-schemas. */
const STEPS = [
  children,
  inlineAllOf,
  strayProperties,
  required,
  rule(hiddenRequired),
  rule(nullTypeName),
  type,
  numbers,
  rule(limitsInOrder),
  pattern,
  format,
  rule(formatAgainstPattern),
  examples,
  rule(examplesAgainstPattern),
  enumAndDefault,
  rule(constInEnum),
  rule(defaultAgainstSchema),
  annotations,
];

function typeOfValue(value: unknown): JSONSchemaTypeName | null {
  if (value === null) return "null";
  if (isArray(value)) return "array";
  const type = typeof value;
  if (type === "number") return Number.isInteger(value) ? "integer" : "number";
  return type === "string" || type === "boolean" || type === "object" ? type : null;
}

/** A numeric string as a number; `NaN` for anything else (blank strings included, which `Number` reads as 0). */
function toNumber(value: unknown): number {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}

function inferType(node: Node): JSONSchemaTypeName | null {
  const has = (...keywords: string[]): boolean => keywords.some((keyword) => node[keyword] !== undefined);
  if (has("const")) return typeOfValue(node.const);
  const values = node.enum;
  if (isArray(values) && values.length > 0) {
    const types = [...new Set(values.map(typeOfValue))];
    if (types.length === 1) return types[0] as JSONSchemaTypeName | null;
    return types.every((type) => type === "integer" || type === "number") ? "number" : null;
  }
  if (has("properties", "oneOf", "required")) return "object";
  if (has("items", "minItems", "maxItems")) return "array";
  if (has("pattern", "format", "minLength")) return "string";
  if (has("minimum", "maximum")) return "number";
  if (has("default")) return typeOfValue(node.default);
  return has("additionalProperties") ? "object" : "string";
}

/** Each example converted to the (normalised) `type`, or left out when it cannot be. */
function coerceExamples(list: unknown[], type: unknown): unknown[] {
  const types = type === undefined ? [] : [type].flat();
  return list
    .map((example) => {
      if (types.length === 0) return example;
      const actual = typeOfValue(example);
      if (types.includes(actual) || (actual === "integer" && types.includes("number"))) return example;
      const parsed = toNumber(example);
      if (
        Number.isFinite(parsed) &&
        (types.includes("number") || (types.includes("integer") && Number.isInteger(parsed)))
      ) {
        return parsed;
      }
      if ((typeof example === "number" || typeof example === "boolean") && types.includes("string")) {
        return String(example);
      }
      return undefined;
    })
    .filter((example) => example !== undefined);
}

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
    warnings = [];
    const schema = normalizeNode(limitSpecDepth(spec, warnings), "");
    dropSpecHazards(schema, warnings);
    result = { schema, warnings };
    cache.set(spec, result);
    // Normalising an already normalised schema is a no-op, so hand back the same result (and caches keyed on it).
    cache.set(schema, result);
  }
  return result;
}
