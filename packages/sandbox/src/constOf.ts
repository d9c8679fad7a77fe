import { isRecord } from "./isRecord.js";

/** The single value a schema allows (`const`, or a one-value `enum`) when it is a string, number or boolean. */
export function constOf(schema: unknown): string | number | boolean | undefined {
  if (!isRecord(schema)) return undefined;
  const value =
    "const" in schema
      ? schema.const
      : Array.isArray(schema.enum) && schema.enum.length === 1
        ? schema.enum[0]
        : undefined;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : undefined;
}
