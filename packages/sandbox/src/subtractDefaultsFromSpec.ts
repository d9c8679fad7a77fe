import { isRecord } from "./isRecord.js";

type Json = Record<string, unknown>;

/** Removes from one object schema (and each of its oneOf/anyOf options) the fields `defaults` gives. */
function subtract(schema: Json, defaults: Json): Json {
  const out: Json = { ...schema };
  for (const key of ["oneOf", "anyOf"]) {
    const options = schema[key];
    if (Array.isArray(options)) out[key] = options.map((o) => (isRecord(o) ? subtract(o, defaults) : o));
  }
  if (!isRecord(schema.properties)) return out;
  const properties: Json = { ...schema.properties };
  const removed = new Set<string>();
  for (const [key, value] of Object.entries(defaults)) {
    const property = properties[key];
    if (!isRecord(property)) continue;
    if (isRecord(value)) properties[key] = subtract(property, value);
    else {
      delete properties[key];
      removed.add(key);
    }
  }
  out.properties = properties;
  if (Array.isArray(schema.required)) out.required = schema.required.filter((k) => !removed.has(k as string));
  return out;
}

/**
 * The server's user spec of a template: the connector's spec minus every field the template's defaults set
 * (a default object recurses, into each oneOf/anyOf option too; any other default value removes the field).
 */
export function subtractDefaultsFromSpec(spec: Json, defaults: Json): Json {
  return subtract(spec, defaults);
}
