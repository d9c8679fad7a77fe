import { isArray } from "../shared/isArray.js";
import type { SpecWarning } from "./SpecWarning.js";

/**
 * `type: ["number", null]` (JSON `null` where the type name `"null"` is meant, as some generated specs write it)
 * read as `["number", "null"]`: the field is nullable, not a number only.
 */
export function nullTypeName(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  const declared = node.type;
  if (declared !== null && !(isArray(declared) && declared.includes(null))) return;
  const names = [...new Set([declared].flat().map((name) => (name === null ? "null" : name)))];
  node.type = names.length === 1 ? names[0] : names;
  warn({
    path: `${path}/type`,
    code: "null_type_name",
    message: 'JSON null in "type" read as the type name "null"',
  });
}
