import { isArray } from "../shared/isArray.js";
import type { SpecWarning } from "./SpecWarning.js";

/** A `const` its own `enum` does not list admits no value: the `const` (the narrower, deliberate one) wins. */
export function constInEnum(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  if (!("const" in node) || !isArray(node.enum)) return;
  const fixed = JSON.stringify(node.const);
  if (node.enum.some((value) => JSON.stringify(value) === fixed)) return;
  delete node.enum;
  warn({
    path: `${path}/enum`,
    code: "const_outside_enum",
    message: '"enum" does not list the "const"; dropped',
  });
}
