import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import type { JSONSchema } from "./JSONSchema.js";
import { mergeConfig } from "./mergeConfig.js";
import type { SpecEngine } from "./SpecEngine.js";

/** Input of `buildPayload`. */
export interface BuildPayloadInput {
  /** The user schema (from `subtractDefaults`). */
  schema: JSONSchema;
  /** What the form holds. */
  formData: unknown;
  /** The template's `partial_default_config`. */
  defaults: Record<string, unknown>;
  /**
   * Merge the user's values over the template defaults (for API flavours that send the full configuration,
   * `flavour.sendsTemplateDefaults`).
   * @default false
   */
  includeDefaults?: boolean;
}

/** The spec-engine functions `buildPayloadWith` takes from its caller (see `SpecEngine`). */
export type OneOfEngine = Pick<SpecEngine, "findDiscriminator" | "selectOption" | "constValue">;

/** The option a oneOf value belongs to: by discriminator, else the option declaring most of its keys. */
function optionFor(
  { findDiscriminator, selectOption }: OneOfEngine,
  options: JSONSchema[],
  data: Record<string, unknown>,
): JSONSchema | undefined {
  const discriminator = findDiscriminator(options);
  if (discriminator !== null) {
    const index = selectOption(options, discriminator, data);
    if (index !== null) return options[index];
  }
  let best: JSONSchema | undefined = options[0];
  let bestScore = -1;
  for (const option of options) {
    const score = Object.keys(data).filter(
      (key) => option.properties && isPlainObject(getOwn(option.properties, key)),
    ).length;
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === "";
}

function prune(engine: OneOfEngine, schema: JSONSchema, value: unknown): unknown {
  if (isArray(value)) {
    const items = schema.items;
    return isPlainObject(items)
      ? value.map((item) => prune(engine, items, item)).filter((item) => item !== undefined)
      : value;
  }
  if (!isPlainObject(value)) return value;
  let node = schema;
  if (isArray(schema.oneOf)) {
    const option = optionFor(engine, schema.oneOf, value);
    if (option) {
      node = {
        ...option,
        properties: { ...schema.properties, ...option.properties },
        required: [...(schema.required ?? []), ...(option.required ?? [])],
      };
    }
  }
  if (!isPlainObject(node.properties)) {
    // A free-form object (no declared properties): the user's keys are the data.
    return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== undefined));
  }
  const required = new Set(node.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(node.properties)) {
    const fixed = engine.constValue(property);
    // Own keys only: a field named `__proto__` is read and written as a field, never as the prototype.
    const child = getOwn(value, key);
    if (child === undefined) {
      if (fixed !== undefined && "const" in property) setOwn(out, key, fixed);
      continue;
    }
    if (child === "" && !required.has(key)) continue;
    // An optional object the user left empty is absent: filling in its constants would impose its required fields.
    if (isPlainObject(child) && !required.has(key) && Object.values(child).every(isBlank)) continue;
    const pruned = prune(engine, property, child);
    if (pruned === undefined) continue;
    if (isPlainObject(pruned) && Object.keys(pruned).length === 0 && !required.has(key)) continue;
    setOwn(out, key, pruned);
  }
  return out;
}

/**
 * The configuration an API flavour sends: the user's values pruned of `undefined`, empty optional strings,
 * empty optional objects and keys the user schema does not declare, with the `const` discriminators of the
 * chosen oneOf options filled in; merged over the template defaults only when `includeDefaults`. This form takes
 * `findDiscriminator` and `selectOption` (`coreSpecEngine`) from its caller, as the on-demand submit pipeline does.
 */
export function buildPayloadWith(engine: OneOfEngine, input: BuildPayloadInput): Record<string, unknown> {
  // An object pruned is an object.
  const user = prune(engine, input.schema, isPlainObject(input.formData) ? input.formData : {}) as Record<
    string,
    unknown
  >;
  return input.includeDefaults === true ? mergeConfig(input.defaults, user) : user;
}
