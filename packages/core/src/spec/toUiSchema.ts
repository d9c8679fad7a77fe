import { isPlainObject } from "../shared/isPlainObject.js";
import { findDiscriminator } from "./findDiscriminator.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { UiGroup, UiSchema, UiSchemaHints } from "./UiSchema.js";

const NO_HINTS: UiSchemaHints = { groups: [], collapsedOneOf: {} };
const cache = new WeakMap<JSONSchema, WeakMap<UiSchemaHints, UiSchema>>();

/** Property names sorted by Airbyte `order` (ordered first, ties and missing in declaration order). */
function orderedKeys(properties: Record<string, JSONSchema>): string[] {
  return Object.entries(properties)
    .map(([key, schema], index) => ({
      key,
      index,
      order: typeof schema.order === "number" ? schema.order : null,
    }))
    .sort((a, b) => {
      if (a.order !== null && b.order !== null && a.order !== b.order) return a.order - b.order;
      if (a.order !== null && b.order === null) return -1;
      if (a.order === null && b.order !== null) return 1;
      return a.index - b.index;
    })
    .map((entry) => entry.key);
}

function placeholder(examples: unknown): string | null {
  if (!Array.isArray(examples)) return null;
  const first = examples[0];
  if (typeof first === "string" || typeof first === "number" || typeof first === "boolean")
    return String(first);
  return null;
}

class UiBuilder {
  constructor(
    private readonly groupTitles: ReadonlyMap<string, string | null>,
    private readonly declaredGroups: readonly string[],
  ) {}

  node(
    schema: JSONSchema,
    discriminator: string | null = null,
    propertyName: string | null = null,
  ): UiSchema {
    const ui: UiSchema = {};
    const hidden =
      schema.airbyte_hidden === true ||
      schema.const !== undefined ||
      (propertyName !== null && propertyName === discriminator);
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
    if (typeof schema.pattern_descriptor === "string" && schema.pattern_descriptor !== "" && !hidden) {
      ui["ui:help"] = schema.pattern_descriptor;
    }
    if (isPlainObject(schema.items)) ui.items = this.node(schema.items);
    if (Array.isArray(schema.oneOf)) {
      const optionDiscriminator = findDiscriminator(schema.oneOf);
      // The selector keeps RJSF's default widget: the theme reads displayType (a `ui:widget` would replace it).
      delete ui["ui:widget"];
      ui["ui:options"] = {
        displayType: schema.display_type === "radio" ? "radio" : "dropdown",
        discriminator: optionDiscriminator,
      };
      ui.oneOf = schema.oneOf.map((option) => this.object(option, optionDiscriminator));
      if (hidden) ui["ui:widget"] = "hidden";
    } else if (isPlainObject(schema.properties)) {
      Object.assign(ui, this.object(schema, null));
      if (hidden) ui["ui:widget"] = "hidden";
    }
    return ui;
  }

  object(schema: JSONSchema, discriminator: string | null): UiSchema {
    const ui: UiSchema = {};
    const properties = isPlainObject(schema.properties) ? schema.properties : {};
    const order = orderedKeys(properties);
    const required = new Set(schema.required ?? []);
    ui["ui:order"] = [...order, "*"];
    for (const key of order) {
      const child = this.node(properties[key] as JSONSchema, discriminator, key);
      if (Object.keys(child).length > 0) ui[key] = child;
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
    const groupIds = [
      ...new Set(order.map((key) => properties[key]?.group).filter((id) => typeof id === "string")),
    ];
    if (groupIds.length > 0) {
      const sorted = [
        ...this.declaredGroups.filter((id) => groupIds.includes(id)),
        ...groupIds.filter((id) => !this.declaredGroups.includes(id)),
      ];
      const groups: UiGroup[] = sorted.map((id) => ({
        id,
        title: this.groupTitles.get(id) ?? null,
        fields: order.filter((key) => properties[key]?.group === id),
      }));
      ui["ui:options"] = { optionalFields, groups };
    } else {
      ui["ui:options"] = { optionalFields };
    }
    return ui;
  }
}

/**
 * Maps a (user) schema and its Airbyte extensions to an RJSF uiSchema, recursively over properties, oneOf
 * options and array items (see the uiSchema contract in docs/architecture.md). Cached per schema and hints.
 */
export function toUiSchema(schema: JSONSchema, hints: UiSchemaHints = NO_HINTS): UiSchema {
  let byHints = cache.get(schema);
  const cached = byHints?.get(hints);
  if (cached) return cached;
  const titles = new Map<string, string | null>();
  const declared: string[] = [];
  const rootGroups = Array.isArray(schema.groups) ? schema.groups : [];
  for (const group of [...rootGroups, ...hints.groups]) {
    if (!isPlainObject(group) || typeof group.id !== "string") continue;
    if (!declared.includes(group.id)) declared.push(group.id);
    const title = typeof group.title === "string" ? group.title : null;
    if (title !== null || !titles.has(group.id)) titles.set(group.id, title);
  }
  const ui = new UiBuilder(titles, declared).node(schema);
  if (!byHints) {
    byHints = new WeakMap();
    cache.set(schema, byHints);
  }
  byHints.set(hints, ui);
  return ui;
}
