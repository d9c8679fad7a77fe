import { isPlainObject as isObject } from "../shared/isPlainObject.js";
import type { sameJson } from "./sameJson.js";

type Json = Record<string, unknown>;
/** `sameJson`, handed in by the caller (see `SpecEngine`). */
type Same = typeof sameJson;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** `record[key]` when it is an own property: a key the schema lacks never reads an `Object.prototype` member. */
function own(record: Json, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when every value is empty or what some option's property declares anyway (`const` / `default`). */
function untouched(same: Same, options: unknown[], value: Json): boolean {
  return Object.entries(value).every(([key, child]) => {
    if (isEmpty(child)) return true;
    return options.some((option) => {
      const property =
        isObject(option) && isObject(option.properties) ? own(option.properties, key) : undefined;
      if (!isObject(property)) return false;
      return (
        ("const" in property && same(property.const, child)) ||
        ("default" in property && same(property.default, child)) ||
        // A nested object RJSF seeded the same way (e.g. a filter's first option inside an optional expression).
        (isObject(child) &&
          untouched(same, Array.isArray(property.oneOf) ? property.oneOf : [property], child))
      );
    });
  });
}

/** Each object item of an array, its untouched values dropped by its schema (or each of its oneOf options). */
function dropInItems(same: Same, items: Json, value: unknown[]): unknown[] {
  const schemas = Array.isArray(items.oneOf) ? items.oneOf.filter(isObject) : [items];
  return value.map((item) => {
    if (!isObject(item)) return item;
    let kept = item;
    for (const schema of schemas) kept = dropUntouchedValuesWith(same, schema, kept);
    return kept;
  });
}

/**
 * Removes optional values the user never touched but RJSF seeded: arrays of empty items, oneOfs holding only their
 * first option's discriminator and defaults, and objects with required fields holding only constants and defaults
 * (nested ones, and inside array items, too). Left in, they would turn an optional field the user skipped into an
 * invalid one (e.g. `minItems: 1`, or the option's required fields). This form takes `sameJson` (`coreSpecEngine`)
 * from its caller, as the on-demand submit pipeline does.
 */
export function dropUntouchedValuesWith(same: Same, schema: Json, data: Json): Json {
  const properties = schema.properties;
  if (!isObject(properties)) return data;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  // Rebuilt with Object.fromEntries, not assignment: a field named `__proto__` stays a property.
  return Object.fromEntries(
    Object.entries(data).flatMap(([key, value]): [string, unknown][] => {
      const property = own(properties, key);
      if (!isObject(property)) return [[key, value]];
      if (Array.isArray(value) && value.every(isEmpty) && !required.has(key)) return [];
      if (Array.isArray(value) && isObject(property.items))
        return [[key, dropInItems(same, property.items, value)]];
      if (!isObject(value)) return [[key, value]];
      const options = property.oneOf;
      if (!Array.isArray(options)) {
        // An optional object RJSF seeded with its constants and defaults: absent, it imposes nothing; kept, its
        // required children would block a submit the connector accepts.
        const imposes = Array.isArray(property.required) && property.required.length > 0;
        if (imposes && !required.has(key) && untouched(same, [property], value)) return [];
        return [[key, dropUntouchedValuesWith(same, property, value)]];
      }
      if (!required.has(key) && untouched(same, options, value)) return [];
      let kept = value;
      for (const option of options) if (isObject(option)) kept = dropUntouchedValuesWith(same, option, kept);
      return [[key, kept]];
    }),
  );
}
