/** A value as pydantic quotes it in a message (`'text'`, else JSON). */
export function quote(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}

/** Values quoted and joined as pydantic lists them: `'a', 'b' or 'c'`. */
export function listOf(values: unknown[]): string {
  const quoted = values.map(quote);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
