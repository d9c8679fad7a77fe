import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { constValue } from "./constValue.js";
import type { JSONSchema } from "./JSONSchema.js";
import { mergeConfig } from "./mergeConfig.js";
import { parsePointer } from "./parsePointer.js";
import { refTargets } from "./refTargets.js";
import type { SpecEngine } from "./SpecEngine.js";

type Json = Record<string, unknown>;

/**
 * The oneOf options the user picked in the form: JSON pointer of the oneOf's value in the config (`"/credentials"`)
 * → index of the picked option in the user schema's oneOf at that place.
 */
export type OneOfChoices = Readonly<Record<string, number>>;

/** Input of `applyOneOfChoices`. */
export interface ApplyOneOfChoicesInput {
  /** The user schema the indices of `choices` refer to (`PreparedForm.schema`). */
  schema: JSONSchema;
  /** The full connector spec (`PreparedForm.fullSchema`). */
  fullSchema: JSONSchema;
  /** The template's defaults (`PreparedForm.defaults`). */
  defaults: Json;
  /** The user's config (the payload built from the form data). */
  config: Json;
  choices: OneOfChoices;
}

/** What `applyOneOfChoices` returns. */
export interface AppliedOneOfChoices {
  /** The full config: the defaults without the other options' keys, the user's config over them. */
  config: Json;
  /**
   * The user's config for a server that merges the template defaults itself: the picked options' fixed values
   * (their discriminator) set, and `null` for each template default of another option, so the merge drops it.
   */
  payload: Json;
}

/** `node` with its local `$ref` resolved (its own keywords win), as the validator reads it. */
const deref = (node: JSONSchema): JSONSchema => {
  const target = refTargets.get(node);
  return target ? { ...target, ...node } : node;
};

/** The schema describing the value at `path`: through `properties`, and the oneOf options holding the key. */
function schemaAt(schema: JSONSchema, path: readonly string[]): JSONSchema | undefined {
  let node: JSONSchema | undefined = deref(schema);
  for (const key of path) {
    const holders: unknown[] = [node, ...(isArray(node?.oneOf) ? node.oneOf : [])];
    node = undefined;
    for (const holder of holders) {
      const child =
        isPlainObject(holder) && isPlainObject(holder.properties) && getOwn(holder.properties, key);
      if (isPlainObject(child)) {
        node = deref(child as JSONSchema);
        break;
      }
    }
    if (!node) return undefined;
  }
  return node;
}

/** The option of `full` that the user schema's option `index` shows: same position, else the same title. */
function fullOption(user: readonly unknown[], full: readonly unknown[], index: number): JSONSchema | null {
  const shown = user[index];
  if (!isPlainObject(shown)) return null;
  const same = user.length === full.length ? full[index] : undefined;
  const found =
    same ??
    (typeof shown.title === "string" ? full.find((o) => isPlainObject(o) && o.title === shown.title) : null);
  return isPlainObject(found) ? deref(found as JSONSchema) : null;
}

/** The object at `path` in `root`, copied (with the objects on its way, created when missing) so it may be edited. */
function editableAt(root: Json, path: readonly string[]): Json {
  let node = root;
  for (const key of path) {
    const child = getOwn(node, key);
    const copy: Json = {};
    if (isPlainObject(child)) for (const [name, value] of Object.entries(child)) setOwn(copy, name, value);
    setOwn(node, key, copy);
    node = copy;
  }
  return node;
}

/** The value at `path`, own keys only. */
function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = isPlainObject(node) ? getOwn(node, key) : undefined;
  return node;
}

/**
 * `applyOneOfChoices` with the spec engine handed in (`coreSpecEngine`), as the on-demand submit pipeline calls it:
 * importing `findDiscriminator` and `sameJson` here would split them off the first load into a chunk of their own.
 */
export function applyOneOfChoicesWith(
  engine: Pick<SpecEngine, "findDiscriminator" | "sameJson">,
  input: ApplyOneOfChoicesInput,
): AppliedOneOfChoices {
  const { schema, fullSchema, defaults } = input;
  const { sameJson } = engine;
  let config = mergeConfig(defaults, input.config);
  let payload = input.config;
  // Outer oneOfs first: a pick inside an option decides on what the outer pick left.
  const pointers = Object.keys(input.choices).sort((a, b) => a.length - b.length);
  for (const pointer of pointers) {
    const path = parsePointer(pointer);
    const index = getOwn(input.choices, pointer);
    const user = schemaAt(schema, path);
    const full = schemaAt(fullSchema, path);
    const preset = valueAt(defaults, path);
    const current = valueAt(config, path);
    if (typeof index !== "number" || !isArray(user?.oneOf) || !isArray(full?.oneOf)) continue;
    if (!isPlainObject(preset) || !isPlainObject(current)) continue;
    const option = fullOption(user.oneOf, full.oneOf, index);
    if (!option) continue;
    const declared = { ...(isPlainObject(full.properties) ? full.properties : {}), ...option.properties };
    const drop = Object.keys(preset).filter(
      (key) => !Object.hasOwn(declared, key) && sameJson(getOwn(current, key), getOwn(preset, key)),
    );
    const fixed: Json = {};
    const discriminator = engine.findDiscriminator(full.oneOf.filter(isPlainObject) as JSONSchema[]);
    for (const key of Object.keys(declared)) {
      const value = constValue(getOwn(declared, key));
      const given = getOwn(current, key);
      // The discriminator is set even when nothing gave it; another fixed value only where a default contradicts it.
      if (value !== undefined && (given !== undefined || key === discriminator) && !sameJson(given, value))
        setOwn(fixed, key, value);
    }
    if (drop.length === 0 && Object.keys(fixed).length === 0) continue;
    config = { ...config };
    payload = { ...payload };
    const inConfig = editableAt(config, path);
    const inPayload = editableAt(payload, path);
    for (const key of drop) {
      delete inConfig[key];
      setOwn(inPayload, key, null);
    }
    for (const [key, value] of Object.entries(fixed)) {
      setOwn(inConfig, key, value);
      setOwn(inPayload, key, value);
    }
  }
  return { config, payload };
}
