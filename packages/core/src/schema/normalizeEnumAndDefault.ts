import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { constValue } from "./constValue.js";
import { findDiscriminator } from "./findDiscriminator.js";
import { inferType } from "./inferType.js";
import type { JSONSchema } from "./JSONSchema.js";
import { sameJson } from "./sameJson.js";
import { movedToItems, notA, warnSpec } from "./warnSpec.js";

type Node = Record<string, unknown>;

/** `enum` (non-empty; on an array, moved to its items) and a oneOf `default` naming an option. */
export function normalizeEnumAndDefault(node: Node, path: string): void {
  const values = node.enum;
  if (values !== undefined && (!isArray(values) || values.length === 0)) {
    notA(path, "enum", "a non-empty array", node);
  }
  if (node.type === "array" && isArray(node.enum) && !node.enum.some(isArray)) {
    // An enum of item values on the array itself: no array could ever match it; it means "items from this list".
    const items = { ...(isPlainObject(node.items) ? node.items : {}) };
    if (items.enum === undefined) {
      const itemType = inferType({ enum: node.enum });
      if (itemType !== null && items.type === undefined) items.type = itemType;
      items.enum = node.enum;
      node.items = items;
    }
    delete node.enum;
    movedToItems(path, "Enum", "misplaced_enum");
  }
  const options = node.oneOf as JSONSchema[] | undefined;
  const named = node.default;
  if (!options || named === undefined || isPlainObject(named)) return;
  const at = `${path}/default`;
  // Without a discriminator there is no object the name could become: the default is dropped either way.
  const discriminator = findDiscriminator(options);
  const option =
    discriminator === null
      ? undefined
      : options.find(
          (candidate) =>
            sameJson(constValue(candidate.properties?.[discriminator]), named) ||
            (typeof named === "string" &&
              typeof candidate.title === "string" &&
              candidate.title.toLowerCase() === named.toLowerCase()),
        );
  if (option) {
    node.default = { [discriminator as string]: constValue(option.properties?.[discriminator as string]) };
    warnSpec(
      at,
      "oneOf default naming an option replaced by that option's discriminator",
      "oneof_default_option",
    );
  } else {
    delete node.default;
    warnSpec(at, "oneOf default names no option; dropped", "oneof_default_option");
  }
}
