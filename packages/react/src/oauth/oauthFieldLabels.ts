import type { JSONSchema } from "@credential-form/core";
import { valueAtPointer } from "./valueAtPointer.js";

/** Schema lookups by config pointer: the schema's properties, following the oneOf options. */
function propertiesTree(schema: JSONSchema): unknown {
  const walk = (node: JSONSchema): unknown => {
    const out: Record<string, unknown> = { ...node };
    const properties: Record<string, unknown> = {};
    for (const candidate of [node, ...((node.oneOf ?? []) as JSONSchema[])]) {
      for (const [key, value] of Object.entries(candidate.properties ?? {})) {
        properties[key] ??= walk(value as JSONSchema);
      }
    }
    return Object.assign(out, properties);
  };
  return walk(schema);
}

/** The labels (schema titles, else the last key) of fields given by config pointer, to name the missing ones. */
export function oauthFieldLabels(schema: JSONSchema, pointers: readonly string[]): string[] {
  const tree = propertiesTree(schema);
  return pointers.map((path) => {
    const title = (valueAtPointer(tree, path) as { title?: unknown } | undefined)?.title;
    return typeof title === "string" ? title : (path.split("/").pop() ?? path);
  });
}
