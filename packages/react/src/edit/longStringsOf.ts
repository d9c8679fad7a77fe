/** Every string of a value at least 4 characters long: what the user typed, kept out of errors and events. */
export function longStringsOf(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") {
    if (value.length >= 4) out.add(value);
  } else if (typeof value === "object" && value)
    for (const item of Object.values(value)) longStringsOf(item, out);
  return out;
}
