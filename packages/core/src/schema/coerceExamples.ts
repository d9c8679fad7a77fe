import { toNumber } from "./toNumber.js";
import { typeOfValue } from "./typeOfValue.js";

/** Each example converted to the (normalised) `type`, or left out when it cannot be. */
export function coerceExamples(list: unknown[], type: unknown): unknown[] {
  const types = type === undefined ? [] : [type].flat();
  return list
    .map((example) => {
      if (types.length === 0) return example;
      const actual = typeOfValue(example);
      if (types.includes(actual) || (actual === "integer" && types.includes("number"))) return example;
      const parsed = toNumber(example);
      if (
        Number.isFinite(parsed) &&
        (types.includes("number") || (types.includes("integer") && Number.isInteger(parsed)))
      ) {
        return parsed;
      }
      if ((typeof example === "number" || typeof example === "boolean") && types.includes("string")) {
        return String(example);
      }
      return undefined;
    })
    .filter((example) => example !== undefined);
}
