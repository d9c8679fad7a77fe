import { isRecord } from "./isRecord.js";
import { resolveContradictions } from "./resolveContradictions.js";

const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const SCHEMA_MAP_KEYS = ["properties", "patternProperties", "definitions", "$defs"] as const;
const SCHEMA_KEYS = [
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
] as const;
const SCHEMA_ARRAY_KEYS = ["oneOf", "anyOf", "allOf"] as const;
const NUMBER_KEYS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
] as const;
// Documentation-only keywords: dropped so their (often wrongly typed) values never reach Ajv.
const DROPPED_KEYS = ["$schema", "$id", "id", "examples", "default", "description", "title"] as const;

function validRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns a copy of a real connector spec that Ajv (draft-07, `unicodeRegExp: false`) compiles: duplicate
 * `required` entries removed, patterns invalid in JavaScript dropped, unknown `type` names and non-numeric
 * limits removed, documentation keywords dropped, contradictions resolved as the server does
 * (`resolveContradictions`). Validation semantics are otherwise kept.
 */
export function sanitizeSpec(schema: unknown): Record<string, unknown> | boolean {
  if (typeof schema === "boolean") return schema;
  if (!isRecord(schema)) return {};
  const out: Record<string, unknown> = { ...schema };
  resolveContradictions(out);
  for (const key of DROPPED_KEYS) delete out[key];

  if ("required" in out) {
    const required = out.required;
    if (Array.isArray(required)) out.required = [...new Set(required.filter((r) => typeof r === "string"))];
    else delete out.required;
  }
  if ("type" in out) {
    const types = (Array.isArray(out.type) ? out.type : [out.type]).filter(
      (t): t is string => typeof t === "string" && JSON_TYPES.has(t),
    );
    if (types.length === 0) delete out.type;
    else out.type = types.length === 1 ? types[0] : [...new Set(types)];
  }
  if ("pattern" in out && (typeof out.pattern !== "string" || !validRegExp(out.pattern))) delete out.pattern;
  if ("format" in out && typeof out.format !== "string") delete out.format;
  if ("enum" in out && (!Array.isArray(out.enum) || out.enum.length === 0)) delete out.enum;
  for (const key of NUMBER_KEYS) {
    if (key in out && (typeof out[key] !== "number" || !Number.isFinite(out[key]))) delete out[key];
  }
  if (typeof out.$ref === "string" && !out.$ref.startsWith("#")) delete out.$ref;

  for (const key of SCHEMA_MAP_KEYS) {
    const map = out[key];
    if (map === undefined) continue;
    if (!isRecord(map)) {
      delete out[key];
      continue;
    }
    const next: Record<string, unknown> = {};
    for (const [name, sub] of Object.entries(map)) {
      if (key === "patternProperties" && !validRegExp(name)) continue;
      next[name] = sanitizeSpec(sub);
    }
    out[key] = next;
  }
  for (const key of SCHEMA_KEYS) {
    if (key in out) out[key] = sanitizeSpec(out[key]);
  }
  for (const key of SCHEMA_ARRAY_KEYS) {
    if (!(key in out)) continue;
    const list = out[key];
    if (Array.isArray(list) && list.length > 0) out[key] = list.map((sub) => sanitizeSpec(sub));
    else delete out[key];
  }
  if ("items" in out) {
    out.items = Array.isArray(out.items)
      ? out.items.map((sub) => sanitizeSpec(sub))
      : sanitizeSpec(out.items);
  }
  if ("dependencies" in out) {
    const deps = out.dependencies;
    if (!isRecord(deps)) delete out.dependencies;
    else {
      const next: Record<string, unknown> = {};
      for (const [name, dep] of Object.entries(deps)) {
        next[name] = Array.isArray(dep) ? dep.filter((d) => typeof d === "string") : sanitizeSpec(dep);
      }
      out.dependencies = next;
    }
  }
  return out;
}
