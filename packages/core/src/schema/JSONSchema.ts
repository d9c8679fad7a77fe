/** The JSON Schema primitive type names. */
export type JSONSchemaTypeName = "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";

/** A group declared by a spec's `groups` keyword (Airbyte extension). */
export interface JSONSchemaGroup {
  id: string;
  title?: string;
}

/**
 * A connector specification node. Loose on purpose: real specs are messy, so every keyword is optional
 * and unknown keywords are kept. `normalizeSpec` makes the declared keywords trustworthy.
 */
export interface JSONSchema {
  [key: string]: unknown;
  $schema?: string;
  type?: JSONSchemaTypeName | JSONSchemaTypeName[];
  title?: string;
  description?: string;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  additionalProperties?: boolean | JSONSchema;
  oneOf?: JSONSchema[];
  anyOf?: JSONSchema[];
  allOf?: JSONSchema[];
  items?: JSONSchema | JSONSchema[];
  /** A conditional: `then` applies to a value `if` accepts, `else` to any other (secret detection follows both). */
  if?: JSONSchema | boolean;
  then?: JSONSchema | boolean;
  else?: JSONSchema | boolean;
  /**
   * Draft 7: per property name, a schema the whole object must match when that property is present (RJSF shows its
   * fields then), or a list of properties that are then required.
   */
  dependencies?: Record<string, JSONSchema | boolean | string[]>;
  /** 2019-09: the schema form of `dependencies`. */
  dependentSchemas?: Record<string, JSONSchema | boolean>;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** Airbyte: display order among siblings. */
  order?: number;
  /** Airbyte: the value is a secret (password widget, never logged). */
  airbyte_secret?: boolean;
  /** Airbyte: not shown to the user. */
  airbyte_hidden?: boolean;
  /** Airbyte: shown outside the collapsed optional section even when optional. */
  always_show?: boolean;
  /** Airbyte: multi-line text input. */
  multiline?: boolean;
  /** Airbyte: id of the section the field belongs to. */
  group?: string;
  /** Airbyte: the sections of the form (root). */
  groups?: JSONSchemaGroup[];
  /** Airbyte: how a oneOf selector is shown. */
  display_type?: "dropdown" | "radio";
  /** Airbyte: human-readable format of `pattern`. */
  pattern_descriptor?: string;
}
