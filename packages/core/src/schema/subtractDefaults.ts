import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { appendPointer } from "./appendPointer.js";
import { chooseOption } from "./chooseOption.js";
import { collapseOneOf } from "./collapseOneOf.js";
import { constValue } from "./constValue.js";
import { findDiscriminator } from "./findDiscriminator.js";
import { hasStructure } from "./hasStructure.js";
import { isDefaultComplete } from "./isDefaultComplete.js";
import type { JSONSchema, JSONSchemaGroup } from "./JSONSchema.js";
import { leafPointers } from "./leafPointers.js";
import { type NormalizedSpec, normalizeSpec } from "./normalizeSpec.js";
import { refTargets } from "./refTargets.js";
import { SpecError } from "./SpecError.js";
import type { SpecWarning, SpecWarningCode } from "./SpecWarning.js";
import type { CollapsedOneOf, UiSchemaHints } from "./UiSchema.js";

/** Options of `subtractDefaults`. */
export interface SubtractDefaultsOptions {
  /**
   * The template's `user_config_spec`, when the template API gives one: it is used as the user schema as given
   * (normalised and cleaned like any spec, but nothing is subtracted from it).
   * @default null
   */
  userSpec?: JSONSchema | null;
}

/** The schema the end user still has to fill, and how it was obtained. */
export interface SubtractDefaultsResult {
  /** The user schema (normalised; never the input object). */
  schema: JSONSchema;
  uiSchemaHints: UiSchemaHints;
  /** JSON pointers into the configuration of every value the template defaults set. */
  defaultedPaths: string[];
  /** Normalisation warnings of the spec plus problems found in the defaults (paths only, never values). */
  warnings: SpecWarning[];
}

// What the `subtract` call in progress (synchronous, never re-entered) found: the configuration pointers the
// defaults set, the problems in them and the oneOfs they collapsed. Only a walk with defaults records anything.
let defaulted: string[] = [];
let warnings: SpecWarning[] = [];
let collapsed: Record<string, CollapsedOneOf> = {};
// How many more `$ref`s the walk may inline.
let inlinable = 0;

/**
 * `node` with a local `$ref` replaced by the spec node it names (its own keywords win, as RJSF reads them): the
 * defaults reach through it, and no ref left in the user schema names a field the subtraction removed or changed.
 * `normalizeSpec` left only refs that end; past 1000 (a spec that references the same nodes exponentially) the spec
 * is refused (`SpecError` `too_complex`) rather than left with refs that may name a removed field.
 */
function inlineRef(node: JSONSchema): JSONSchema {
  const target = refTargets.get(node);
  if (!target) return node;
  if (inlinable-- < 1) throw new SpecError("too_complex", "The connector specification has too many $refs");
  const { $ref: _ref, ...own } = node;
  return { ...inlineRef(target), ...own };
}

function warn(path: string, code: SpecWarningCode, message: string): void {
  warnings.push({ path, code, message });
}

/** Secrets never show a default or examples to the user (the contract of the form). */
function hideSecretValues(schema: JSONSchema): JSONSchema {
  if (schema.airbyte_secret !== true) return schema;
  const { default: _default, examples: _examples, ...rest } = schema;
  return rest;
}

/** A leaf as the user sees it: {@link hideSecretValues}, and {@link userParts}. */
function cleanLeaf(schema: JSONSchema): JSONSchema {
  return userParts(hideSecretValues(schema));
}

/** A schema the user fills without defaults, its `$ref` inlined: fields and options subtracted, a leaf cleaned. */
function userSchema(schema: JSONSchema): JSONSchema {
  const node = inlineRef(schema);
  return hasStructure(node) ? (subtractNode(node, undefined, "") ?? node) : cleanLeaf(node);
}

/**
 * `schema` with its anyOf options, array items and additional properties as the user fills them ({@link userSchema}):
 * a `$ref` there may name a field the subtraction removed or changed, which RJSF could not resolve.
 */
function userParts(schema: JSONSchema): JSONSchema {
  const { anyOf, items, additionalProperties: extra } = schema;
  if (!isArray(anyOf) && !isPlainObject(items) && !isPlainObject(extra)) return schema;
  const out = { ...schema };
  if (isArray(anyOf)) out.anyOf = anyOf.map(userSchema);
  if (isPlainObject(items)) out.items = userSchema(items);
  if (isPlainObject(extra)) out.additionalProperties = userSchema(extra);
  return out;
}

/**
 * Subtracts `defaults` from an object-like node. Returns `null` when the defaults cover it entirely
 * (something was defaulted and nothing is left for the user).
 */
function subtractNode(
  schema: JSONSchema,
  defaults: Record<string, unknown> | undefined,
  pointer: string,
  insideOption = false,
): JSONSchema | null {
  const options = schema.oneOf?.map(inlineRef);
  let node: JSONSchema = schema;
  let ownDefaults = defaults;
  if (isArray(options)) {
    const discriminator = findDiscriminator(options);
    const choice = defaults ? chooseOption(options, discriminator, defaults, pointer, warn) : [];
    if (typeof choice === "number") {
      const option = options[choice] as JSONSchema;
      collapsed[pointer] = {
        optionTitle: typeof option.title === "string" ? option.title : null,
        discriminator,
        value: discriminator === null ? undefined : constValue(option.properties?.[discriminator]),
      };
      return subtractNode(collapseOneOf({ ...schema, oneOf: options }, choice), defaults, pointer);
    }
    if (defaults && discriminator !== null && getOwn(defaults, discriminator) !== undefined) {
      // An unknown option value must not be subtracted from every option: the user still has to choose.
      const { [discriminator]: _unknown, ...rest } = defaults;
      ownDefaults = rest;
    }
    const optionDefaults = ownDefaults;
    // Options whose fixed values contradict the defaults cannot be chosen any more.
    const offered =
      choice.length > 1 && choice.length < options.length
        ? options.filter((_option, optionIndex) => choice.includes(optionIndex))
        : options;
    const outer = defaulted;
    node = {
      ...schema,
      oneOf: offered.map((option) => {
        // Each option records its own defaulted paths; the node's list gets each path once.
        defaulted = [];
        const subtracted = subtractNode(option, optionDefaults, pointer, true);
        for (const path of defaulted) {
          if (!outer.includes(path)) outer.push(path);
        }
        defaulted = outer;
        return subtracted ?? { ...option, properties: {}, required: [] };
      }),
    };
    if (!isPlainObject(schema.properties)) return node;
  }

  const properties = isPlainObject(node.properties) ? node.properties : {};
  const required = new Set(node.required ?? []);
  const kept: Record<string, JSONSchema> = {};
  let defaultedSomething = false;
  for (const [key, raw] of Object.entries(properties)) {
    const property = inlineRef(raw);
    const childPointer = appendPointer(pointer, key);
    // Own keys only, read and written: a field named `__proto__` or `constructor` is a field like any other.
    const value = ownDefaults && getOwn(ownDefaults, key);
    if (value !== undefined) {
      defaultedSomething = true;
      if (hasStructure(property) && isPlainObject(value)) {
        const rest = subtractNode(property, value, childPointer);
        if (rest !== null) {
          setOwn(kept, key, rest);
          // The defaults make this object exist, so what it still requires must be filled even if it is optional;
          // unless its options are still open and the defaults already fit one: then the user may pick another
          // but need not (required, RJSF would seed the first option over the defaults').
          if (isArray(rest.oneOf) && isDefaultComplete(property, value)) required.delete(key);
          else if ((rest.required?.length ?? 0) > 0 || isArray(rest.oneOf)) required.add(key);
        }
        continue;
      }
      if (hasStructure(property)) {
        warn(childPointer, "default_type_mismatch", "Template default is not an object");
      }
      defaulted.push(childPointer);
      continue;
    }
    if (key === "__proto__") {
      // RJSF refuses to write this key into its form data (`setByPath` in @rjsf/utils' pathUtils skips it, and
      // `mergeDefaultsWithFormData` drops it on every change): shown, it would lose what the user types.
      warn(childPointer, "unfillable_key", "Unfillable field dropped");
      continue;
    }
    if (property.airbyte_hidden === true && !required.has(key)) continue;
    setOwn(
      kept,
      key,
      hasStructure(property)
        ? (subtractNode(property, undefined, childPointer) ?? property)
        : cleanLeaf(property),
    );
  }
  if (ownDefaults && !isArray(options)) {
    for (const [key, value] of Object.entries(ownDefaults)) {
      if (value === undefined || Object.hasOwn(properties, key)) continue;
      const childPointer = appendPointer(pointer, key);
      defaulted.push(childPointer);
      if (insideOption) continue;
      defaultedSomething = true;
      warn(childPointer, "unknown_default", "Template default for an undeclared field");
    }
  }
  if (defaultedSomething && Object.keys(kept).length === 0 && !isArray(node.oneOf)) return null;
  const result: JSONSchema = userParts({ ...node, properties: kept });
  const keptRequired = [...required].filter((key) => Object.hasOwn(kept, key));
  if (keptRequired.length > 0) result.required = keptRequired;
  else delete result.required;
  return result;
}

/**
 * Removes from a connector spec everything the source template's `partial_default_config` already sets:
 * defaulted fields (deeply, including inside oneOf options) leave the schema and `required`, objects whose every
 * field is defaulted disappear, a oneOf whose option the defaults choose collapses to that option, and optional
 * `airbyte_hidden` fields are dropped. Never mutates its inputs. Not cached: `prepareForm` runs it once per form.
 * Throws `SpecError` `too_complex` for a spec whose `$ref`s expand past 1000.
 */
export function subtractDefaults(
  spec: JSONSchema,
  defaults: Record<string, unknown>,
  options: SubtractDefaultsOptions = {},
): SubtractDefaultsResult {
  const normalized = normalizeSpec(spec);
  return subtract(normalized, isPlainObject(defaults) ? defaults : {}, options.userSpec ?? null);
}

function subtract(
  normalized: NormalizedSpec,
  safeDefaults: Record<string, unknown>,
  userSpec: JSONSchema | null,
): SubtractDefaultsResult {
  defaulted = [];
  warnings = [...normalized.warnings];
  collapsed = {};
  inlinable = 1000;
  const toGroup = (group: JSONSchemaGroup) => ({ id: group.id, title: group.title ?? null });
  const groups = (normalized.schema.groups ?? []).map(toGroup);
  let schema: JSONSchema;
  let defaultedPaths = defaulted;
  if (userSpec) {
    const user = normalizeSpec(userSpec);
    warnings.push(...user.warnings);
    schema = subtractNode(user.schema, undefined, "") ?? user.schema;
    defaultedPaths = leafPointers(safeDefaults, "", []);
    for (const group of user.schema.groups ?? []) {
      if (!groups.some((known) => known.id === group.id)) groups.push(toGroup(group));
    }
  } else {
    const { oneOf: _oneOf, required: _required, properties: _properties, ...root } = normalized.schema;
    schema = subtractNode(normalized.schema, safeDefaults, "") ?? { ...root, type: "object", properties: {} };
  }
  if (schema.required?.length === 0) delete schema.required;
  return {
    schema,
    uiSchemaHints: { groups, collapsedOneOf: collapsed },
    defaultedPaths: [...new Set(defaultedPaths)],
    warnings,
  };
}
