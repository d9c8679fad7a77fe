import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";

// Own keys only, read and written: a field named `__proto__` or `constructor` is data like any other, and can
// neither reach nor replace a prototype.
function merge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined) setOwn(out, key, isPlainObject(value) ? merge(value, {}) : value);
  }
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = getOwn(out, key);
    setOwn(
      out,
      key,
      isPlainObject(value)
        ? merge(isPlainObject(current) ? current : {}, value)
        : isArray(value)
          ? [...value]
          : value,
    );
  }
  return out;
}

/**
 * Deep-merges the end user's input over the template defaults into the full configuration: objects merge,
 * the user wins, arrays are replaced, `undefined` never overrides. Returns a new object.
 */
export function mergeConfig(
  defaults: Record<string, unknown>,
  userInput: Record<string, unknown>,
): Record<string, unknown> {
  return merge(isPlainObject(defaults) ? defaults : {}, isPlainObject(userInput) ? userInput : {});
}
