import type { UiSchema } from "@rjsf/utils";

/** A JSON-like object (own prototype `Object.prototype` or none): not an array, a component or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value != null && [Object.prototype, null].includes(Object.getPrototypeOf(value));
}

/**
 * `override` over `base` (`undefined` gives `base`); `options`: a `oneOf` / `anyOf` list, one uiSchema per option,
 * merged option by option.
 */
function merge(base: unknown, override: unknown, options?: boolean): unknown {
  if (override === undefined) return base;
  if (isPlainObject(base) && isPlainObject(override)) {
    // A Map, not assignment: the uiSchema of a field named `__proto__` stays a property.
    const merged = new Map(Object.entries(base));
    for (const [key, value] of Object.entries(override)) {
      merged.set(key, merge(merged.get(key), value, key === "oneOf" || key === "anyOf"));
    }
    return Object.fromEntries(merged);
  }
  return options && Array.isArray(base) && Array.isArray(override)
    ? Object.assign(
        [...base],
        override.map((option, i) => merge(base[i], option)),
      )
    : override;
}

/**
 * Deep-merges a uiSchema over another (the override wins): objects merge key by key, the `oneOf` / `anyOf` lists
 * (one uiSchema per option) merge option by option, every other array (`ui:order`, `optionalFields`) and every
 * component is replaced.
 */
export function mergeUiSchema(base: UiSchema, override: UiSchema | undefined): UiSchema {
  return merge(base, override) as UiSchema;
}
