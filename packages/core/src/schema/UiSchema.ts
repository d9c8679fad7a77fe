/** A section of an object node (from the Airbyte `group` / `groups` keywords). */
export interface UiGroup {
  id: string;
  title: string | null;
  /** Property names in display order. */
  fields: string[];
}

/** `ui:options` of an object node. */
export interface UiObjectOptions {
  /** Optional fields, shown collapsed under "Optional fields" (never `always_show`, required or hidden ones). */
  optionalFields: string[];
  /** Sections; fields not listed in any group are shown before the sections. */
  groups?: UiGroup[];
}

/** `ui:options` of a `oneOf` node. */
export interface UiOneOfOptions {
  displayType: "dropdown" | "radio";
  /** The property telling the options apart (hidden in each option), or `null`. */
  discriminator: string | null;
}

/** `ui:options` of a secret leaf that should be a multi-line input (SSH keys, certificates). */
export interface UiLeafOptions {
  multiline: true;
}

/**
 * An RJSF uiSchema produced by `toUiSchema`. Property entries are keyed by property name (RJSF convention);
 * `items` describes array items and `oneOf` holds one uiSchema per option (read by RJSF 6's MultiSchemaField).
 */
export interface UiSchema {
  [key: string]: unknown;
  "ui:order"?: string[];
  "ui:widget"?: "SecretWidget" | "hidden" | "textarea";
  "ui:autocomplete"?: "new-password";
  "ui:placeholder"?: string;
  "ui:help"?: string;
  "ui:options"?: UiObjectOptions | UiOneOfOptions | UiLeafOptions;
  items?: UiSchema;
  oneOf?: UiSchema[];
}

/** A oneOf that `subtractDefaults` collapsed to one option because the template defaults chose it. */
export interface CollapsedOneOf {
  /** Title of the chosen option. */
  optionTitle: string | null;
  discriminator: string | null;
  /** The discriminator value of the chosen option (a spec constant, never a secret). */
  value: unknown;
}

/** What `subtractDefaults` knows that the user schema alone no longer says; input of `toUiSchema`. */
export interface UiSchemaHints {
  /** Section definitions of the full spec's root `groups`, so titles survive subtraction. */
  groups: { id: string; title: string | null }[];
  /** Collapsed oneOfs, keyed by JSON pointer into the configuration. */
  collapsedOneOf: Record<string, CollapsedOneOf>;
}
