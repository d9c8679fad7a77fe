/**
 * Every string of `value` (deeply) at least 4 characters long: what a user typed, to keep out of error messages
 * beside the `airbyte_secret` values (shorter strings would redact ordinary words).
 */
export function longStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") {
    if (value.length >= 4) out.add(value);
  } else if (typeof value === "object" && value)
    for (const item of Object.values(value)) longStrings(item, out);
  return out;
}
