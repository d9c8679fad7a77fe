import { isArray } from "../shared/isArray.js";
import type { isJsonType } from "../shared/isJsonType.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { jsonEqual } from "./jsonEqual.js";

/**
 * The pair of equal items that ajv's `uniqueItems` reports (`{ i, j }`), or null. As ajv: when `items` is one schema
 * whose `type` names only scalar types, items of other types are not compared at all (`[1, 1]` under
 * `items: { type: "string" }` fails `type` twice, not `uniqueItems`); otherwise every item is compared deeply. The
 * pair is the one ajv finds scanning from the last item.
 */
export function duplicateItems(
  data: readonly unknown[],
  items: unknown,
  isType: typeof isJsonType,
): { i: number; j: number } | null {
  const types = itemTypes(items);
  if (types.length > 0 && !types.some((type) => type === "object" || type === "array")) {
    // A scalar's last index seen (a Map: "1" and 1 stay apart, 0 and -0 are one).
    const seen = new Map<unknown, number>();
    for (let i = data.length - 1; i >= 0; i--) {
      const item = data[i];
      if (!types.some((type) => isType(item, type))) continue;
      const j = seen.get(item);
      if (j !== undefined) return { i, j };
      seen.set(item, i);
    }
    return null;
  }
  for (let i = data.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) if (jsonEqual(data[i], data[j])) return { i, j };
  }
  return null;
}

/** The types ajv reads from `items` for `uniqueItems` (`nullable: true` adds `null`); none for a list of schemas. */
function itemTypes(items: unknown): unknown[] {
  if (!isPlainObject(items)) return [];
  const { type, nullable } = items;
  const types: unknown[] = isArray(type) ? [...type] : type ? [type] : [];
  if (nullable === true && !types.includes("null")) types.push("null");
  return types;
}
