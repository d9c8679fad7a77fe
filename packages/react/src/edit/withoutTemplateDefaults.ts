const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The config without the values the template set (the form does not show them; they are never sent). */
export function withoutTemplateDefaults(config: Record<string, unknown>, defaults: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const preset = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    if (preset !== undefined && JSON.stringify(preset) === JSON.stringify(value)) continue;
    const nested = isRecord(value) && isRecord(preset) ? withoutTemplateDefaults(value, preset) : value;
    Object.defineProperty(out, key, { value: nested, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
