import type { Format } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isJsonType } from "../shared/isJsonType.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import { isCatastrophicPattern } from "./isCatastrophicPattern.js";
import type { JSONSchema } from "./JSONSchema.js";
import { parsePointer } from "./parsePointer.js";
import { type PatternTester, safeRegExp } from "./safeRegExp.js";

/**
 * One failure found by {@link interpretSchema}, shaped like ajv's `ErrorObject` (same keywords, paths and params)
 * so that code reading ajv's errors reads these the same way.
 */
export interface SchemaError {
  /** The failing keyword (`required`, `type`, `oneOf`…). */
  keyword: string;
  /** JSON pointer to the failing value in the data (`""` for the root). */
  instancePath: string;
  /** `#`-prefixed pointer to the failing keyword in the schema. */
  schemaPath: string;
  /** The keyword's parameters, as ajv names them (`missingProperty`, `limit`, `allowedValues`…). */
  params: Record<string, unknown>;
  /** The schema object holding the keyword. */
  parentSchema: unknown;
}

type Node = Record<string, unknown>;

// Deeper than any configuration; stops `$ref` cycles that consume no data.
const MAX_DEPTH = 256;

/**
 * Schema nodes one validation may visit: far more than any connector spec needs, few enough to answer within
 * milliseconds. Depth alone does not bound the work: `{ allOf: [{ $ref: "#" }, { $ref: "#" }] }` doubles per level.
 */
const STEP_BUDGET = 100_000;

/** Thrown inside the walk when the budget is spent; caught by `interpretSchema`. */
const OUT_OF_STEPS = Symbol("out of steps");
let steps = 0;

function regExp(pattern: string): PatternTester | null {
  try {
    return safeRegExp(pattern);
  } catch {
    // ajv would refuse the whole schema; an interpreter can skip the one keyword (normalizeSpec warns).
    return null;
  }
}

function test(check: unknown, value: unknown): boolean {
  if (check instanceof RegExp) {
    check.lastIndex = 0;
    return check.test(String(value));
  }
  return typeof check === "function" ? Boolean(check(value)) : true;
}

/** Whether `value` passes ajv-formats' (full mode) check of `format`; unknown formats pass, as with ajv. */
function matchesFormat(format: string, value: unknown): boolean {
  const known = getOwn(fullFormats as Record<string, unknown>, format) as Format | undefined;
  if (known === undefined || known === true || typeof known === "string") return true;
  if (known instanceof RegExp || typeof known === "function")
    return typeof value !== "string" || test(known, value);
  if (known.async) return true;
  const type = known.type ?? "string";
  return typeof value !== type || test(known.validate, value);
}

const isType = isJsonType;

/** Deep equality of JSON values (ajv's `enum`, `const` and `uniqueItems` semantics). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isArray(a)) return isArray(b) && a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]))
  );
}

function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  let pointer = ref;
  try {
    pointer = decodeURIComponent(ref);
  } catch {
    // Not percent-encoded after all (`#/definitions/100%`): read as written.
  }
  for (const token of parsePointer(pointer)) {
    node = isPlainObject(node) || isArray(node) ? getOwn(node as Node, token) : undefined;
  }
  return node;
}

/** The number of Unicode code points, as ajv counts string lengths. */
function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

function limit(value: unknown): value is number {
  return typeof value === "number";
}

/** Validates `data` against `schema`, appending ajv-shaped errors (all of them, as ajv's `allErrors`) to `out`. */
function check(
  schema: unknown,
  data: unknown,
  at: string,
  path: string,
  root: unknown,
  out: SchemaError[],
  depth: number,
): void {
  if (schema === false) {
    out.push({
      keyword: "false schema",
      instancePath: at,
      schemaPath: path,
      params: {},
      parentSchema: false,
    });
    return;
  }
  if (!isPlainObject(schema) || depth > MAX_DEPTH) return;
  if (++steps > STEP_BUDGET) throw OUT_OF_STEPS;
  const node = schema as Node;
  const fail = (keyword: string, params: Record<string, unknown>, instancePath = at): void => {
    out.push({ keyword, instancePath, schemaPath: `${path}/${keyword}`, params, parentSchema: node });
  };
  const sub = (child: unknown, value: unknown, childAt: string, childPath: string, into = out): void =>
    check(child, value, childAt, childPath, root, into, depth + 1);
  const passes = (child: unknown, childPath: string, into: SchemaError[]): boolean => {
    const before = into.length;
    sub(child, data, at, childPath, into);
    return into.length === before;
  };

  if (typeof node.$ref === "string") {
    const target = resolveRef(root, node.$ref);
    if (target !== undefined) sub(target, data, at, node.$ref);
  }

  const type = node.type;
  if (type !== undefined && !(isArray(type) ? type : [type]).some((name) => isType(data, name))) {
    fail("type", { type: String(type) });
  }
  if (isArray(node.enum) && !node.enum.some((value) => equal(value, data))) {
    fail("enum", { allowedValues: node.enum });
  }
  if (Object.hasOwn(node, "const") && !equal(node.const, data)) fail("const", { allowedValue: node.const });

  if (typeof data === "number") {
    const { maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf } = node;
    if (limit(maximum) && data > maximum) fail("maximum", { comparison: "<=", limit: maximum });
    if (limit(minimum) && data < minimum) fail("minimum", { comparison: ">=", limit: minimum });
    if (limit(exclusiveMaximum) && data >= exclusiveMaximum)
      fail("exclusiveMaximum", { comparison: "<", limit: exclusiveMaximum });
    if (limit(exclusiveMinimum) && data <= exclusiveMinimum)
      fail("exclusiveMinimum", { comparison: ">", limit: exclusiveMinimum });
    if (limit(multipleOf) && multipleOf > 0 && !Number.isInteger(data / multipleOf))
      fail("multipleOf", { multipleOf });
  }

  if (typeof data === "string") {
    const { maxLength, minLength, pattern } = node;
    if (limit(maxLength) && codePoints(data) > maxLength) fail("maxLength", { limit: maxLength });
    if (limit(minLength) && codePoints(data) < minLength) fail("minLength", { limit: minLength });
    const compiled = typeof pattern === "string" ? regExp(pattern) : null;
    if (compiled && !compiled.test(data)) fail("pattern", { pattern });
  }
  if (typeof node.format === "string" && !matchesFormat(node.format, data)) {
    fail("format", { format: node.format });
  }

  if (isArray(data)) {
    const { items, additionalItems, maxItems, minItems, contains } = node;
    if (isArray(items)) {
      items.forEach((item, i) => {
        if (i < data.length) sub(item, data[i], appendPointer(at, String(i)), `${path}/items/${i}`);
      });
      if (additionalItems !== undefined) {
        for (let i = items.length; i < data.length; i++) {
          sub(additionalItems, data[i], appendPointer(at, String(i)), `${path}/additionalItems`);
        }
      }
    } else if (items !== undefined) {
      data.forEach((item, i) => {
        sub(items, item, appendPointer(at, String(i)), `${path}/items`);
      });
    }
    if (limit(maxItems) && data.length > maxItems) fail("maxItems", { limit: maxItems });
    if (limit(minItems) && data.length < minItems) fail("minItems", { limit: minItems });
    if (node.uniqueItems === true) {
      const duplicate = data.findIndex((item, i) => data.findIndex((other) => equal(other, item)) < i);
      if (duplicate !== -1) {
        fail("uniqueItems", { i: duplicate, j: data.findIndex((other) => equal(other, data[duplicate])) });
      }
    }
    if (contains !== undefined) {
      const found = data.some((item, i) => {
        const errors: SchemaError[] = [];
        sub(contains, item, appendPointer(at, String(i)), `${path}/contains`, errors);
        return errors.length === 0;
      });
      if (!found) fail("contains", { minContains: 1 });
    }
  }

  if (isPlainObject(data)) checkObject(node, data, at, path, fail, sub);

  if (isArray(node.allOf)) {
    node.allOf.forEach((child, i) => {
      sub(child, data, at, `${path}/allOf/${i}`);
    });
  }
  if (isArray(node.anyOf)) {
    const errors: SchemaError[] = [];
    if (!node.anyOf.some((child, i) => passes(child, `${path}/anyOf/${i}`, errors))) {
      out.push(...errors);
      fail("anyOf", {});
    }
  }
  if (isArray(node.oneOf)) {
    const errors: SchemaError[] = [];
    const passing = node.oneOf.flatMap((child, i) =>
      passes(child, `${path}/oneOf/${i}`, errors) ? [i] : [],
    );
    if (passing.length !== 1) {
      out.push(...errors);
      fail("oneOf", { passingSchemas: passing.length === 0 ? null : passing });
    }
  }
  if (node.not !== undefined && passes(node.not, `${path}/not`, [])) fail("not", {});
  if (node.if !== undefined) {
    const branch = passes(node.if, `${path}/if`, []) ? "then" : "else";
    const errors: SchemaError[] = [];
    if (node[branch] !== undefined && !passes(node[branch], `${path}/${branch}`, errors)) {
      out.push(...errors);
      fail("if", { failingKeyword: branch });
    }
  }
}

function checkObject(
  node: Node,
  data: Record<string, unknown>,
  at: string,
  path: string,
  fail: (keyword: string, params: Record<string, unknown>, instancePath?: string) => void,
  sub: (child: unknown, value: unknown, childAt: string, childPath: string) => void,
): void {
  // ajv (with `ownProperties`) counts a property as present when it is an own property that is not undefined.
  const present = (key: string): boolean => Object.hasOwn(data, key) && data[key] !== undefined;
  const keys = Object.keys(data);
  const { required, properties, patternProperties, additionalProperties, propertyNames } = node;
  if (isArray(required)) {
    for (const name of new Set(required)) {
      if (typeof name === "string" && !present(name)) fail("required", { missingProperty: name });
    }
  }
  const declared = isPlainObject(properties) ? properties : {};
  for (const name of Object.keys(declared)) {
    if (present(name))
      sub(declared[name], data[name], appendPointer(at, name), appendPointer(`${path}/properties`, name));
  }
  const patternEntries = isPlainObject(patternProperties)
    ? Object.entries(patternProperties).flatMap(([source, child]) => {
        // A pattern that is not tested would match every key: such an entry is left out (normalizeSpec drops it).
        const compiled = isCatastrophicPattern(source) ? null : regExp(source);
        return compiled ? [{ source, compiled, child }] : [];
      })
    : [];
  for (const key of keys) {
    const value = data[key];
    let matched = Object.hasOwn(declared, key);
    for (const { source, compiled, child } of patternEntries) {
      if (!compiled.test(key)) continue;
      matched = true;
      if (value !== undefined)
        sub(child, value, appendPointer(at, key), appendPointer(`${path}/patternProperties`, source));
    }
    if (matched || additionalProperties === undefined || additionalProperties === true) continue;
    if (additionalProperties === false) fail("additionalProperties", { additionalProperty: key });
    else sub(additionalProperties, value, appendPointer(at, key), `${path}/additionalProperties`);
  }
  if (propertyNames !== undefined) {
    for (const key of keys) sub(propertyNames, key, at, `${path}/propertyNames`);
  }
  const { maxProperties, minProperties } = node;
  if (limit(maxProperties) && keys.length > maxProperties) fail("maxProperties", { limit: maxProperties });
  if (limit(minProperties) && keys.length < minProperties) fail("minProperties", { limit: minProperties });
  for (const keyword of ["dependencies", "dependentRequired", "dependentSchemas"]) {
    const dependencies = node[keyword];
    if (!isPlainObject(dependencies)) continue;
    for (const [property, dependency] of Object.entries(dependencies)) {
      if (!present(property)) continue;
      if (isArray(dependency)) {
        for (const name of dependency) {
          if (typeof name === "string" && !present(name)) {
            fail(keyword, {
              property,
              missingProperty: name,
              depsCount: dependency.length,
              deps: dependency.join(", "),
            });
          }
        }
      } else {
        sub(dependency, data, at, appendPointer(`${path}/${keyword}`, property));
      }
    }
  }
}

/**
 * Validates `data` against a JSON Schema (draft-07 and the 2019-09 keywords connector specs use) without
 * generating code, and returns every failure in ajv's error shape (`[]` when valid). ajv compiles schemas with
 * `new Function`, which a Content-Security-Policy without `'unsafe-eval'` forbids; this interpreter is what the
 * form validates with on such pages. Formats are ajv-formats' full-mode checks; `$ref`s are resolved against
 * `root` (default: `schema`) and must be local (`#/…`); unknown keywords and formats are ignored, as by ajv with
 * `strict: false`. A schema that needs more than 100,000 steps (e.g. a self-referential `allOf`) yields one error of
 * keyword `budget` instead of hanging; patterns go through `safeRegExp`.
 */
export function interpretSchema(
  schema: JSONSchema | boolean,
  data: unknown,
  root: unknown = schema,
): SchemaError[] {
  const errors: SchemaError[] = [];
  steps = 0;
  try {
    check(schema, data, "", "#", root, errors, 0);
  } catch (error) {
    if (error !== OUT_OF_STEPS) throw error;
    // ajv's shape, so readers of its errors report it as a form-level failure instead of hanging the page.
    return [
      {
        keyword: "budget",
        instancePath: "",
        schemaPath: "#",
        params: { limit: STEP_BUDGET },
        parentSchema: schema,
      },
    ];
  }
  return errors;
}
