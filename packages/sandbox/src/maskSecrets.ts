import { isRecord } from "./isRecord.js";

/** What a secret value is replaced with in every response (Airbyte's own mask). */
export const SECRET_MASK = "**********";

type Json = Record<string, unknown>;

/**
 * Every sub-schema that may describe a value at this node: oneOf/anyOf/allOf options and the branches of
 * conditionals (`then` and `else` both, the schemas of `dependencies` and `dependentSchemas`), included.
 */
function alternatives(schema: Json): Json[] {
  const out = [schema];
  const maps = [schema.dependencies, schema.dependentSchemas].map((map) =>
    isRecord(map) ? Object.values(map) : [],
  );
  const lists = [schema.oneOf, schema.anyOf, schema.allOf, [schema.then, schema.else], ...maps];
  for (const list of lists) {
    // A `dependencies` entry that lists required keys is no schema: skipped like any non-object.
    if (Array.isArray(list))
      for (const option of list) if (isRecord(option)) out.push(...alternatives(option));
  }
  return out;
}

function mask(schema: unknown, value: unknown): unknown {
  if (!isRecord(schema)) return value;
  const options = alternatives(schema);
  if (value === undefined || value === null) return value;
  if (options.some((option) => option.airbyte_secret === true)) return SECRET_MASK;
  if (Array.isArray(value)) {
    const items = options.map((option) => option.items).filter(isRecord);
    return value.map((item) => items.reduce<unknown>((acc, itemSchema) => mask(itemSchema, acc), item));
  }
  if (isRecord(value)) {
    const out: Json = {};
    for (const [key, child] of Object.entries(value)) {
      let masked: unknown = child;
      // A key is masked when any option declares it secret: safer than guessing the option in use.
      for (const option of options) {
        const properties = option.properties;
        if (isRecord(properties) && key in properties) masked = mask(properties[key], masked);
      }
      out[key] = masked;
    }
    return out;
  }
  return value;
}

/** Returns a copy of a configuration with every `airbyte_secret` value replaced by {@link SECRET_MASK}. */
export function maskSecrets(spec: Json, config: Record<string, unknown>): Record<string, unknown> {
  const masked = mask(spec, config);
  return isRecord(masked) ? masked : {};
}
