import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import type { JSONSchema } from "./JSONSchema.js";

/** Every schema a value under `key` of an object node may be described by (all oneOf options included). */
function propertySchemas(schema: JSONSchema, key: string): JSONSchema[] {
  const found: JSONSchema[] = [];
  const visit = (node: JSONSchema): void => {
    const property = node.properties && getOwn(node.properties, key);
    if (isPlainObject(property)) found.push(property);
    for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
      for (const option of node[keyword] ?? []) if (isPlainObject(option)) visit(option);
    }
  };
  visit(schema);
  if (found.length === 0 && isPlainObject(schema.additionalProperties))
    found.push(schema.additionalProperties);
  return found;
}

/** Visits every value of `config` that lies under an `airbyte_secret` field (in any oneOf option). */
export function walkSecrets(
  schema: JSONSchema,
  value: unknown,
  onSecret: (secret: unknown) => unknown,
): unknown {
  if (isArray(value)) {
    const items = schema.items;
    return isPlainObject(items) ? value.map((item) => walkSecrets(items, item, onSecret)) : value;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const schemas = propertySchemas(schema, key);
    if (schemas.some((candidate) => candidate.airbyte_secret === true)) {
      setOwn(out, key, child === undefined || child === null || child === "" ? child : onSecret(child));
      continue;
    }
    let next = child;
    for (const candidate of schemas) next = walkSecrets(candidate, next, onSecret);
    setOwn(out, key, next);
  }
  return out;
}
