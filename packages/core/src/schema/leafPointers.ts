import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";

/** Every leaf pointer of a defaults object (arrays and non-objects are leaves). */
export function leafPointers(value: unknown, pointer: string, out: string[]): string[] {
  if (!isPlainObject(value)) {
    if (pointer !== "") out.push(pointer);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    if (child !== undefined) leafPointers(child, appendPointer(pointer, key), out);
  }
  return out;
}
