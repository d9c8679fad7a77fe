// Part of the sandbox's own validator, independent of core's on purpose: see the header of validateConfig.ts.
import { constOf } from "./constOf.js";
import { isRecord } from "./isRecord.js";

/** The property whose `const` tells the options of a oneOf apart (e.g. `auth_type`), if any. */
export function discriminatorOf(options: unknown[]): string | null {
  const first = options[0];
  if (!isRecord(first) || !isRecord(first.properties)) return null;
  const candidates = Object.keys(first.properties).filter((key) =>
    options.every(
      (option) =>
        isRecord(option) && isRecord(option.properties) && constOf(option.properties[key]) !== undefined,
    ),
  );
  const required = candidates.find((key) =>
    options.every(
      (option) => isRecord(option) && Array.isArray(option.required) && option.required.includes(key),
    ),
  );
  return required ?? candidates[0] ?? null;
}
