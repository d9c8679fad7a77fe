import type { UiSchema } from "@rjsf/utils";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `override` over `base`; `options`: a `oneOf` / `anyOf` list, one uiSchema per option, merged option by option. */
function merge(base: unknown, override: unknown, options?: boolean): unknown {
  if (isPlainObject(base) && isPlainObject(override)) {
    // A Map, not assignment: the uiSchema of a field named `__proto__` stays a property.
    const merged = new Map(Object.entries(base));
    for (const [key, value] of Object.entries(override)) {
      merged.set(key, merge(merged.get(key), value, key === "oneOf" || key === "anyOf"));
    }
    return Object.fromEntries(merged);
  }
  return options && Array.isArray(base) && Array.isArray(override)
    ? Array.from({ length: Math.max(base.length, override.length) }, (_, i) =>
        override[i] === undefined ? base[i] : merge(base[i], override[i]),
      )
    : override;
}

/**
 * Deep-merges a uiSchema over another (the override wins): objects merge key by key, the `oneOf` / `anyOf` lists
 * (one uiSchema per option) merge option by option, every other array (`ui:order`, `optionalFields`) and every
 * component is replaced.
 */
export function mergeUiSchema(base: UiSchema, override: UiSchema | undefined): UiSchema {
  if (!override) return base;
  return merge(base, override) as UiSchema;
}
