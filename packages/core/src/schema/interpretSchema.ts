import { coreSpecEngine } from "./coreSpecEngine.js";
import { interpretSchemaWith, type SchemaError } from "./interpretSchemaWith.js";
import type { JSONSchema } from "./JSONSchema.js";

export type { SchemaError } from "./interpretSchemaWith.js";

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
  return interpretSchemaWith(coreSpecEngine, schema, data, root);
}
