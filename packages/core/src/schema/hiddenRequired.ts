import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import type { SpecWarning } from "./SpecWarning.js";

/**
 * A required field marked `airbyte_hidden` with neither `default` nor `const` is one the user could never fill
 * (the form does not show it) while the connector still requires it: it is shown (`airbyte_hidden` dropped).
 */
export function hiddenRequired(
  node: Record<string, unknown>,
  path: string,
  warn: (warning: SpecWarning) => void,
): void {
  const { required, properties } = node;
  if (!isArray(required) || !isPlainObject(properties)) return;
  for (const name of required) {
    const property = typeof name === "string" ? getOwn(properties, name) : undefined;
    if (
      !isPlainObject(property) ||
      property.airbyte_hidden !== true ||
      property.default !== undefined ||
      property.const !== undefined
    ) {
      continue;
    }
    delete property.airbyte_hidden;
    warn({
      path: `${appendPointer(`${path}/properties`, name as string)}/airbyte_hidden`,
      code: "hidden_required",
      message: "A required field without a default cannot be hidden; shown",
    });
  }
}
