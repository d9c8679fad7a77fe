import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { setOwn } from "../shared/setOwn.js";
import { findDiscriminator } from "./findDiscriminator.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { UiObjectOptions, UiSchema, UiSchemaHints } from "./UiSchema.js";

const NO_HINTS: UiSchemaHints = { groups: [], collapsedOneOf: {} };

/** Property names sorted by Airbyte `order` (ordered first, ties and missing in declaration order). */
function orderedKeys(properties: Record<string, JSONSchema>): string[] {
  const rank = (key: string): number => {
    const order = properties[key]?.order;
    return typeof order === "number" ? order : Number.POSITIVE_INFINITY;
  };
  // The sort is stable, and two unordered keys compare as NaN, which counts as equal.
  return Object.keys(properties).sort((a, b) => rank(a) - rank(b));
}

function placeholder(examples: unknown): string | null {
  if (!isArray(examples)) return null;
  const first: unknown = examples[0];
  return ["string", "number", "boolean"].includes(typeof first) ? String(first) : null;
}

// The declared sections (in declaration order) and their titles, during the `toUiSchema` call in progress
// (synchronous, never re-entered).
let groupTitles: Map<string, string | null>;

function uiNode(schema: JSONSchema, isDiscriminator = false): UiSchema {
  const ui: UiSchema = {};
  const hidden = schema.airbyte_hidden === true || schema.const !== undefined || isDiscriminator;
  if (hidden) ui["ui:widget"] = "hidden";
  else if (schema.airbyte_secret === true) {
    ui["ui:widget"] = "SecretWidget";
    ui["ui:autocomplete"] = "new-password";
    if (schema.multiline === true) ui["ui:options"] = { multiline: true };
  } else {
    if (schema.multiline === true) ui["ui:widget"] = "textarea";
    const example = placeholder(schema.examples);
    if (example !== null) ui["ui:placeholder"] = example;
  }
  const help = schema.pattern_descriptor;
  if (typeof help === "string" && help !== "" && !hidden) ui["ui:help"] = help;
  if (isPlainObject(schema.items)) ui.items = uiNode(schema.items);
  // RJSF reads a map's entries' uiSchema here: a secret entry gets the SecretWidget, not a text input.
  if (isPlainObject(schema.additionalProperties))
    ui.additionalProperties = uiNode(schema.additionalProperties);
  if (isArray(schema.oneOf)) {
    const optionDiscriminator = findDiscriminator(schema.oneOf);
    // The selector keeps RJSF's default widget: the theme reads displayType (a `ui:widget` would replace it).
    delete ui["ui:widget"];
    ui["ui:options"] = {
      displayType: schema.display_type === "radio" ? "radio" : "dropdown",
      discriminator: optionDiscriminator,
    };
    ui.oneOf = schema.oneOf.map((option) => uiObject(option, optionDiscriminator));
  } else if (isPlainObject(schema.properties)) {
    // Not Object.assign: it would assign a field named `__proto__` as the prototype.
    for (const [key, value] of Object.entries(uiObject(schema, null))) setOwn(ui, key, value);
  }
  // Hidden wins over the oneOf selector (and over a field that happens to be named `ui:widget`).
  if (hidden) ui["ui:widget"] = "hidden";
  return ui;
}

function uiObject(schema: JSONSchema, discriminator: string | null): UiSchema {
  const ui: UiSchema = {};
  const properties = isPlainObject(schema.properties) ? schema.properties : {};
  const order = orderedKeys(properties);
  const required = new Set(schema.required ?? []);
  ui["ui:order"] = [...order, "*"];
  for (const key of order) {
    const child = uiNode(properties[key] as JSONSchema, key === discriminator);
    // A field named `__proto__` gets its own entry; `ui[key] = child` would make its uiSchema the parent's prototype.
    if (Object.keys(child).length > 0) setOwn(ui, key, child);
  }
  const optionalFields = order.filter((key) => {
    const property = properties[key] as JSONSchema;
    return (
      !required.has(key) &&
      property.always_show !== true &&
      property.airbyte_hidden !== true &&
      property.const === undefined &&
      key !== discriminator
    );
  });
  const options: UiObjectOptions = { optionalFields };
  const groupOf = (key: string): unknown => properties[key]?.group;
  const groupIds = [...new Set(order.map(groupOf).filter((id) => typeof id === "string"))];
  if (groupIds.length > 0) {
    options.groups = [
      ...[...groupTitles.keys()].filter((id) => groupIds.includes(id)),
      ...groupIds.filter((id) => !groupTitles.has(id)),
    ].map((id) => ({
      id,
      title: groupTitles.get(id) ?? null,
      fields: order.filter((key) => groupOf(key) === id),
    }));
  }
  ui["ui:options"] = options;
  return ui;
}

/**
 * Maps a (user) schema and its Airbyte extensions to an RJSF uiSchema, recursively over properties, oneOf
 * options and array items (see the uiSchema contract in docs/architecture.md). Not cached: `prepareForm` runs it once.
 */
export function toUiSchema(schema: JSONSchema, hints: UiSchemaHints = NO_HINTS): UiSchema {
  // A Map keeps the first declaration's place; a later title replaces a missing one.
  groupTitles = new Map();
  const rootGroups = isArray(schema.groups) ? schema.groups : [];
  for (const group of [...rootGroups, ...hints.groups]) {
    if (!isPlainObject(group) || typeof group.id !== "string") continue;
    const title = typeof group.title === "string" ? group.title : null;
    if (title !== null || !groupTitles.has(group.id)) groupTitles.set(group.id, title);
  }
  return uiNode(schema);
}
