import { parsePointer } from "@credential-form/core";
import type { ErrorSchema } from "@rjsf/utils";
import { isObject } from "./isObject.js";

/** An error at a JSON pointer into the config (client validation or server field errors). */
export interface PointerError {
  path: string;
  message: string;
}

type Schema = { [key: string]: unknown };

function child(schema: Schema, segment: string): Schema | null {
  const properties = schema.properties;
  if (isObject(properties) && Object.hasOwn(properties, segment) && isObject(properties[segment]))
    return properties[segment] as Schema;
  if (/^\d+$/.test(segment) && isObject(schema.items)) return schema.items;
  for (const option of [schema.oneOf, schema.anyOf, schema.allOf].flat()) {
    const found = isObject(option) && child(option, segment);
    if (found) return found;
  }
  return null;
}

/**
 * Places pointer errors on the fields of the user schema as an RJSF `ErrorSchema` (for `extraErrors`). An error
 * below a field the form does not show lands on its closest shown ancestor, prefixed with the rest of its path.
 */
export function toErrorSchema(
  errors: readonly PointerError[],
  schema: Schema,
): { errorSchema: ErrorSchema; count: number } {
  const root: ErrorSchema = {};
  let count = 0;
  for (const error of errors) {
    const parts = error.path === "/" ? [] : parsePointer(error.path);
    let node: Record<string, unknown> = root as Record<string, unknown>;
    let current: Schema | null = schema;
    let depth = 0;
    for (; depth < parts.length && current; depth++) {
      const segment = parts[depth] as string;
      const next = child(current, segment);
      if (!next) break;
      current = next;
      const existing = node[segment];
      node[segment] = isObject(existing) ? existing : {};
      node = node[segment] as Record<string, unknown>;
    }
    const rest = parts.slice(depth).join(".");
    const message = rest ? `${rest}: ${error.message}` : error.message;
    const list = Array.isArray(node.__errors) ? (node.__errors as string[]) : [];
    if (!list.includes(message)) {
      list.push(message);
      count++;
    }
    node.__errors = list;
  }
  return { errorSchema: root, count };
}
