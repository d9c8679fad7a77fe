import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import { checkObject } from "./checkObject.js";
import { codePoints } from "./codePoints.js";
import { duplicateItems } from "./duplicateItems.js";
import { isLimit } from "./isLimit.js";
import type { JSONSchema } from "./JSONSchema.js";
import { jsonEqual } from "./jsonEqual.js";
import { matchesFormat } from "./matchesFormat.js";
import { resolveRef } from "./resolveRef.js";
import type { SpecEngine } from "./SpecEngine.js";
import { tryRegExp } from "./tryRegExp.js";

/**
 * One failure found by `interpretSchema`, shaped like ajv's `ErrorObject` (same keywords, paths and params)
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

/** The first load's pattern and type checks, handed in by the caller of `interpretSchemaWith` (see `SpecEngine`). */
export type InterpreterEngine = Pick<SpecEngine, "isCatastrophicPattern" | "isJsonType" | "safeRegExp">;
let engine: InterpreterEngine;

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
  if (type !== undefined && !(isArray(type) ? type : [type]).some((name) => engine.isJsonType(data, name))) {
    fail("type", { type });
  }
  if (isArray(node.enum) && !node.enum.some((value) => jsonEqual(value, data))) {
    fail("enum", { allowedValues: node.enum });
  }
  if (Object.hasOwn(node, "const") && !jsonEqual(node.const, data))
    fail("const", { allowedValue: node.const });

  if (typeof data === "number") {
    const { maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf } = node;
    if (isLimit(maximum) && data > maximum) fail("maximum", { comparison: "<=", limit: maximum });
    if (isLimit(minimum) && data < minimum) fail("minimum", { comparison: ">=", limit: minimum });
    if (isLimit(exclusiveMaximum) && data >= exclusiveMaximum)
      fail("exclusiveMaximum", { comparison: "<", limit: exclusiveMaximum });
    if (isLimit(exclusiveMinimum) && data <= exclusiveMinimum)
      fail("exclusiveMinimum", { comparison: ">", limit: exclusiveMinimum });
    if (isLimit(multipleOf) && multipleOf > 0 && !Number.isInteger(data / multipleOf))
      fail("multipleOf", { multipleOf });
  }

  if (typeof data === "string") {
    const { maxLength, minLength, pattern } = node;
    if (isLimit(maxLength) && codePoints(data) > maxLength) fail("maxLength", { limit: maxLength });
    if (isLimit(minLength) && codePoints(data) < minLength) fail("minLength", { limit: minLength });
    const compiled = typeof pattern === "string" ? tryRegExp(engine.safeRegExp, pattern) : null;
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
    if (isLimit(maxItems) && data.length > maxItems) fail("maxItems", { limit: maxItems });
    if (isLimit(minItems) && data.length < minItems) fail("minItems", { limit: minItems });
    if (node.uniqueItems === true) {
      const duplicate = duplicateItems(data, items, engine.isJsonType);
      if (duplicate) fail("uniqueItems", duplicate);
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

  if (isPlainObject(data)) checkObject(node, data, at, path, fail, sub, engine);

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

/** `interpretSchema` with the pattern and type checks (`coreSpecEngine`) taken from the caller. */
export function interpretSchemaWith(
  given: InterpreterEngine,
  schema: JSONSchema | boolean,
  data: unknown,
  root: unknown = schema,
): SchemaError[] {
  engine = given;
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
