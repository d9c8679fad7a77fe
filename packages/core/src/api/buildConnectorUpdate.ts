import { appendPointer } from "../schema/appendPointer.js";
import { constValue } from "../schema/constValue.js";
import { findDiscriminator } from "../schema/findDiscriminator.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { getOwn } from "../shared/getOwn.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { longStrings } from "../shared/longStrings.js";
import { setOwn } from "../shared/setOwn.js";
import type { ConnectorUpdateBody } from "./connectorTypes.js";
import { MASKED_SECRET } from "./MASKED_SECRET.js";

/** Input of {@link buildConnectorUpdate}. */
export interface BuildConnectorUpdateInput {
  /** The user schema the form shows (`PreparedForm.schema`): which keys are the user's, which are secrets, oneOfs. */
  schema: JSONSchema;
  /**
   * The full connector spec (`PreparedForm.fullSchema`): tells which oneOf option the stored and the edited values
   * are in when the user schema lost the options' discriminator (a template default sets it), so a switch still sends
   * the new option's discriminator and `null` for the old option's keys (template-set ones included).
   * @default schema
   */
  fullSchema?: JSONSchema;
  /** The configuration as loaded (`Connector.config`, secrets masked). */
  original: Record<string, unknown>;
  /**
   * The configuration as the user left it (`buildPayload` of the form data). A secret the user did not replace is
   * absent (or still the mask); an optional field the user cleared is absent.
   */
  edited: Record<string, unknown>;
  /** The connector's name as loaded. */
  originalName?: string;
  /** The name the user wants; sent only when it differs and is not blank. */
  name?: string;
  /**
   * JSON pointers of stored secrets the user chose to remove (optional ones): absent from `edited`, they are sent
   * as `null` instead of being left as stored. @default []
   */
  clearedSecrets?: readonly string[];
}

/** What {@link buildConnectorUpdate} returns. */
export interface ConnectorUpdate {
  /** The `PUT` (and update check) body, or `null` when nothing changed ("Nothing to save"). */
  body: ConnectorUpdateBody | null;
  /** JSON pointers into the configuration of every changed value (a removed value included). */
  changed: string[];
  /** Strings of the body to keep out of errors and events (`UpdateConnectorInput.secrets`). */
  secrets: string[];
}

const UNCHANGED = Symbol("unchanged");
type Diff = unknown | typeof UNCHANGED;

/** Every schema describing the value under `key`, over all the oneOf/anyOf/allOf options of `schemas`. */
function propertySchemas(schemas: readonly JSONSchema[], key: string): JSONSchema[] {
  const found: JSONSchema[] = [];
  const visit = (node: JSONSchema): void => {
    const property = node.properties && getOwn(node.properties, key);
    if (isPlainObject(property)) found.push(property);
    for (const keyword of ["oneOf", "anyOf", "allOf"] as const)
      for (const option of node[keyword] ?? []) if (isPlainObject(option)) visit(option);
    if (!property && isPlainObject(node.additionalProperties)) found.push(node.additionalProperties);
  };
  for (const schema of schemas) visit(schema);
  return found;
}

/** Whether the schemas declare any property (else the object is free-form and every key is the user's). */
function declaresProperties(schemas: readonly JSONSchema[]): boolean {
  return schemas.some(
    (s) =>
      isPlainObject(s.properties) ||
      (["oneOf", "anyOf", "allOf"] as const).some((k) =>
        (s[k] ?? []).some((o) => isPlainObject(o) && declaresProperties([o])),
      ),
  );
}

/**
 * The one option of a oneOf a value belongs to by its keys (options without a `const` discriminator): the only
 * option declaring every key of the value; null when none or several do (then no switch is assumed).
 */
function optionByKeys(options: readonly JSONSchema[], value: object): number | null {
  const keys = Object.keys(value);
  if (keys.length === 0) return null;
  const matching = options.flatMap((option, index) =>
    keys.every((key) => isPlainObject(option.properties) && getOwn(option.properties, key) !== undefined)
      ? [index]
      : [],
  );
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/** The `const` an option fixes its discriminator to (`undefined` when none). */
const fixedValue = (option: JSONSchema | undefined, discriminator: string): unknown =>
  option?.properties && constValue(getOwn(option.properties, discriminator));

/** The index of the option a value is in: by its discriminator's `const` when it has one, else by its keys. */
function optionOf(
  options: readonly JSONSchema[],
  discriminator: string | null,
  value: object,
): number | null {
  const fixed = discriminator === null ? undefined : getOwn(value as Record<string, unknown>, discriminator);
  if (discriminator === null || fixed === undefined) return optionByKeys(options, value);
  const index = options.findIndex(
    (option) => JSON.stringify(fixedValue(option, discriminator)) === JSON.stringify(fixed),
  );
  return index === -1 ? null : index;
}

/**
 * Whether the value's oneOf option changed, so the old option's keys must go: by its discriminator, or, for
 * options without one (or a value lacking it), by which option's properties the stored and the edited value each
 * fit. A switch returns the new option's discriminator when the edited value lacks it (the user schema may not
 * show it), else `{}`; no switch returns `null`.
 */
function switchedOption(
  schemas: readonly JSONSchema[],
  before: object,
  after: object,
): Record<string, unknown> | null {
  for (const schema of schemas) {
    const options = (schema.oneOf ?? schema.anyOf)?.filter(isPlainObject);
    if (!options || options.length < 2) continue;
    const discriminator = findDiscriminator(options);
    const was = optionOf(options, discriminator, before);
    const is = optionOf(options, discriminator, after);
    if (was === null || is === null || was === is) continue;
    const fill: Record<string, unknown> = {};
    const fixed = discriminator === null ? undefined : fixedValue(options[is], discriminator);
    if (
      discriminator !== null &&
      fixed !== undefined &&
      getOwn(after as Record<string, unknown>, discriminator) === undefined
    )
      setOwn(fill, discriminator, fixed);
    return fill;
  }
  return null;
}

/** A copy of a value without masked secrets (a mask is never sent back). */
function withoutMasks(value: unknown): unknown {
  if (isArray(value)) return value.filter((v) => v !== MASKED_SECRET).map(withoutMasks);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value))
    if (child !== MASKED_SECRET && child !== undefined) setOwn(out, key, withoutMasks(child));
  return out;
}

function diff(
  schemas: readonly JSONSchema[],
  full: readonly JSONSchema[],
  before: unknown,
  after: unknown,
  pointer: string,
  changed: string[],
  cleared: ReadonlySet<string>,
): Diff {
  const secret = schemas.some((s) => s.airbyte_secret === true) || before === MASKED_SECRET;
  if (after === MASKED_SECRET) return UNCHANGED;
  if (after === undefined) {
    // A secret the user left alone stays as stored (unless they removed it); any other value removed is cleared.
    if (before === undefined || before === null || (secret && !cleared.has(pointer))) return UNCHANGED;
    changed.push(pointer);
    return null;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    // The full spec's options too: the user schema may have lost their discriminator to a template default.
    const fill = switchedOption([...schemas, ...full], before, after);
    const switched = fill !== null;
    const edited: Record<string, unknown> = fill ? { ...after } : after;
    for (const [key, value] of Object.entries(fill ?? {})) setOwn(edited, key, value);
    const keys = new Set(Object.keys(edited));
    const free = !declaresProperties(schemas);
    for (const key of Object.keys(before))
      if (
        free ||
        propertySchemas(schemas, key).length > 0 ||
        (switched && propertySchemas(full, key).length > 0)
      )
        keys.add(key);
    const patch: Record<string, unknown> = {};
    for (const key of keys) {
      const child = appendPointer(pointer, key);
      const was = getOwn(before, key);
      const is = getOwn(edited, key);
      if (switched && is === undefined && was !== undefined && was !== null) {
        // The old option's values (its secrets too) must not linger under the new option.
        changed.push(child);
        setOwn(patch, key, null);
        continue;
      }
      // A null where nothing is stored removes nothing (the template's keys of an option the stored config does not
      // use): not a change, unless the option switched (then it is sent, in case the server holds the key unshown).
      if (!switched && is === null && was === undefined) continue;
      const result = diff(
        propertySchemas(schemas, key),
        propertySchemas(full, key),
        was,
        is,
        child,
        changed,
        cleared,
      );
      if (result !== UNCHANGED) setOwn(patch, key, result);
    }
    return Object.keys(patch).length > 0 ? patch : UNCHANGED;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return UNCHANGED;
  // A value the stored config lacks that is the field's own default was seeded by the form, not typed: the
  // connector applies that default anyway.
  if (
    before === undefined &&
    schemas.some((s) => s.default !== undefined && JSON.stringify(s.default) === JSON.stringify(after))
  )
    return UNCHANGED;
  changed.push(pointer);
  return withoutMasks(after);
}

/**
 * The update of a connector from its loaded config and the user's edits, as a JSON merge patch: only the changed
 * paths; secrets the user did not replace are left out (never the mask); a cleared optional field (a removed stored
 * secret included, see `clearedSecrets`) is `null`; a
 * switched oneOf option sends the new option's values and `null` for each of the old option's.
 */
export function buildConnectorUpdate(input: BuildConnectorUpdateInput): ConnectorUpdate {
  const { schema, original, edited, originalName, name } = input;
  const changed: string[] = [];
  const full = [input.fullSchema ?? schema];
  const patch = diff([schema], full, original, edited, "", changed, new Set(input.clearedSecrets));
  const body: ConnectorUpdateBody = {};
  if (name?.trim() && name !== originalName) body.name = name;
  if (patch !== UNCHANGED && isPlainObject(patch)) body.replication_config = patch;
  const secrets = [...longStrings(body.replication_config ?? {})];
  return { body: Object.keys(body).length > 0 ? body : null, changed, secrets };
}
