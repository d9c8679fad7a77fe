/** Splits a JSON pointer (or a `#`-prefixed schema path) into its unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.replace(/^#/, "");
  if (body === "") return [];
  return body
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
