import { getOwn } from "../shared/getOwn.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { constValue } from "./constValue.js";
import type { JSONSchema } from "./JSONSchema.js";

/** Index of the oneOf option whose discriminator matches the value in `data`; `null` when none does. */
export function selectOption(
  options: readonly JSONSchema[],
  discriminator: string,
  data: unknown,
): number | null {
  const value = isPlainObject(data) ? getOwn(data, discriminator) : undefined;
  if (value === undefined) return null;
  const wanted = JSON.stringify(value);
  const index = options.findIndex(
    (option) => JSON.stringify(constValue(option.properties?.[discriminator])) === wanted,
  );
  return index === -1 ? null : index;
}
