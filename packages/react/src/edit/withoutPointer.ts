import { parsePointer } from "@credential-form/core/form";

/** Removes the value at a pointer (a copy; the data is left as it was). */
export function withoutPointer(data: Record<string, unknown>, pointer: string): Record<string, unknown> {
  const [head, ...rest] = parsePointer(pointer);
  if (head === undefined || !Object.hasOwn(data, head)) return data;
  const copy = { ...data };
  const child = copy[head];
  if (rest.length === 0) delete copy[head];
  else if (child && typeof child === "object" && !Array.isArray(child))
    copy[head] = withoutPointer(
      child as Record<string, unknown>,
      `/${rest.map((t) => t.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`,
    );
  return copy;
}
