/** The value at a JSON pointer of a config (`undefined` when a step is missing). */
export function valueAtPointer(config: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")]
          : undefined,
      config,
    );
}
