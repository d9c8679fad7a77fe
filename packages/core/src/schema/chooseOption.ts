import { getOwn } from "../shared/getOwn.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { SpecWarningCode } from "./SpecWarning.js";
import { sameJson } from "./sameJson.js";
import { selectOption } from "./selectOption.js";

/**
 * Picks the oneOf option the defaults choose: by discriminator value, by the only option whose `const` fields agree
 * with the defaults, else by fields only one option has. Without a choice, returns the options still possible.
 */
export function chooseOption(
  options: JSONSchema[],
  discriminator: string | null,
  defaults: Record<string, unknown>,
  pointer: string,
  warn: (path: string, code: SpecWarningCode, message: string) => void,
): number | number[] {
  if (discriminator !== null && getOwn(defaults, discriminator) !== undefined) {
    const index = selectOption(options, discriminator, defaults);
    if (index !== null) return index;
    warn(
      appendPointer(pointer, discriminator),
      "unknown_option",
      "The template default names no option of this oneOf; the user chooses",
    );
    return [];
  }
  // Options whose fixed (`const`) values agree with the defaults: when only one does, the defaults chose it.
  const compatible = options.flatMap((option, index) =>
    Object.entries(defaults).every(([key, value]) => {
      const property = option.properties && getOwn(option.properties, key);
      return (
        value === undefined ||
        !isPlainObject(property) ||
        !("const" in property) ||
        sameJson(property.const, value)
      );
    })
      ? [index]
      : [],
  );
  if (compatible.length === 1) return compatible[0] as number;
  const chosen = new Set<number>();
  for (const [key, value] of Object.entries(defaults)) {
    if (value === undefined) continue;
    const owners = options.flatMap((option, index) =>
      option.properties && isPlainObject(getOwn(option.properties, key)) ? [index] : [],
    );
    if (owners.length === 1) chosen.add(owners[0] as number);
  }
  if (chosen.size === 1) return [...chosen][0] as number;
  if (chosen.size > 1) {
    warn(
      pointer,
      "conflicting_option_defaults",
      "The template defaults set fields of several options of this oneOf; no option is preselected",
    );
  }
  return compatible;
}
