import type { isPlainObject, parsePointer } from "@credential-form/core/form";
import type { ErrorSchema } from "@rjsf/utils";

/** An error at a JSON pointer into the config (client validation or server field errors). */
export interface PointerError {
  path: string;
  message: string;
}

/**
 * Core's helpers {@link toErrorSchema} uses, handed in by its caller: the submit's chunk (which has them from the
 * first load, see `SubmitFormInput.shared`) must not import them, or esbuild splits them into chunks of their own.
 */
export interface ToErrorSchemaHelpers {
  isPlainObject: typeof isPlainObject;
  parsePointer: typeof parsePointer;
}

type Schema = { [key: string]: unknown };
type Node = Record<string, unknown>;

/**
 * Sets an own data property: `node[key] = value` with a key named `__proto__` would replace the node's prototype,
 * and walking on from there would write `__errors` (server-chosen text) onto `Object.prototype`.
 */
function setOwn(node: Node, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `node[key]` when it is an own property (never `Object.prototype` or one of its members). */
function getOwn(node: Node, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function child(
  schema: Schema,
  segment: string,
  isPlainObject: ToErrorSchemaHelpers["isPlainObject"],
): Schema | null {
  const properties = schema.properties;
  if (isPlainObject(properties) && Object.hasOwn(properties, segment) && isPlainObject(properties[segment]))
    return properties[segment] as Schema;
  if (/^\d+$/.test(segment) && isPlainObject(schema.items)) return schema.items;
  for (const option of [schema.oneOf, schema.anyOf, schema.allOf].flat()) {
    const found = isPlainObject(option) && child(option, segment, isPlainObject);
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
  { isPlainObject, parsePointer }: ToErrorSchemaHelpers,
): { errorSchema: ErrorSchema; count: number } {
  const root: ErrorSchema = {};
  let count = 0;
  for (const error of errors) {
    const parts = error.path === "/" ? [] : parsePointer(error.path);
    let node: Node = root as Node;
    let current: Schema | null = schema;
    let depth = 0;
    for (; depth < parts.length && current; depth++) {
      const segment = parts[depth] as string;
      const next = child(current, segment, isPlainObject);
      if (!next) break;
      current = next;
      const existing = getOwn(node, segment);
      const nested = isPlainObject(existing) ? existing : {};
      if (nested !== existing) setOwn(node, segment, nested);
      node = nested;
    }
    const rest = parts.slice(depth).join(".");
    const message = rest ? `${rest}: ${error.message}` : error.message;
    const listed = getOwn(node, "__errors");
    const list = Array.isArray(listed) ? (listed as string[]) : [];
    if (!list.includes(message)) {
      list.push(message);
      count++;
    }
    setOwn(node, "__errors", list);
  }
  return { errorSchema: root, count };
}
