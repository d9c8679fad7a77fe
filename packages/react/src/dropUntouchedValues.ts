import { isObject } from "./isObject.js";

type Json = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when every value is empty or what some option's property declares anyway (`const` / `default`). */
function untouched(options: unknown[], value: Json): boolean {
  return Object.entries(value).every(([key, child]) => {
    if (isEmpty(child)) return true;
    return options.some((option) => {
      const property = isObject(option) && isObject(option.properties) ? option.properties[key] : undefined;
      if (!isObject(property)) return false;
      return (
        ("const" in property && same(property.const, child)) ||
        ("default" in property && same(property.default, child))
      );
    });
  });
}

/**
 * Removes optional values the user never touched but RJSF seeded: arrays of empty items, and oneOfs holding only their
 * first option's discriminator and defaults. Left in, they would turn an optional field the user skipped into
 * an invalid one (e.g. `minItems: 1`, or the option's required fields).
 */
export function dropUntouchedValues(schema: Json, data: Json): Json {
  const properties = schema.properties;
  if (!isObject(properties)) return data;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const out: Json = { ...data };
  for (const [key, property] of Object.entries(properties)) {
    const value = out[key];
    if (!isObject(property)) continue;
    if (Array.isArray(value) && value.every(isEmpty) && !required.has(key)) {
      delete out[key];
      continue;
    }
    if (!isObject(value)) continue;
    const options = property.oneOf;
    if (Array.isArray(options)) {
      if (!required.has(key) && untouched(options, value)) {
        delete out[key];
        continue;
      }
      for (const option of options) {
        if (isObject(option)) out[key] = dropUntouchedValues(option, out[key] as Json);
      }
    } else {
      out[key] = dropUntouchedValues(property, value);
    }
  }
  return out;
}
