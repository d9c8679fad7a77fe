import type { UiSchema } from "@rjsf/utils";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function merge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  // A Map, not assignment: the uiSchema of a field named `__proto__` stays a property.
  const merged = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(override)) {
    const current = merged.get(key);
    merged.set(
      key,
      isPlainObject(current) && isPlainObject(value)
        ? merge(current, value)
        : (key === "oneOf" || key === "anyOf") && Array.isArray(current) && Array.isArray(value)
          ? // One uiSchema per option: a patch naming option 1 keeps option 0's (and the options after it).
            Array.from({ length: Math.max(current.length, value.length) }, (_, i) =>
              isPlainObject(current[i]) && isPlainObject(value[i])
                ? merge(current[i], value[i])
                : (value[i] ?? current[i]),
            )
          : value,
    );
  }
  return Object.fromEntries(merged);
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
