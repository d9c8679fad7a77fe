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
    merged.set(key, isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value);
  }
  return Object.fromEntries(merged);
}

/** Deep-merges the host's uiSchema over the computed one (host wins; arrays and components replace). */
export function mergeUiSchema(base: UiSchema, override: UiSchema | undefined): UiSchema {
  if (!override) return base;
  return merge(base, override) as UiSchema;
}
