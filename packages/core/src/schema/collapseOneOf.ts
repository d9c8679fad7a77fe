import { findDiscriminator } from "./findDiscriminator.js";
import type { JSONSchema } from "./JSONSchema.js";

/** The parent (label, description, order, group) with the chosen option's fields. */
export function collapseOneOf(schema: JSONSchema, index: number): JSONSchema {
  const { oneOf, default: _default, display_type: _displayType, ...parent } = schema;
  const option = oneOf?.[index] ?? {};
  // The discriminator is what tells the validator (and the API) which option this is: it must be sent.
  const discriminator = findDiscriminator(oneOf);
  const required = [
    ...new Set([
      ...(parent.required ?? []),
      ...(option.required ?? []),
      ...(discriminator === null ? [] : [discriminator]),
    ]),
  ];
  const merged: JSONSchema = {
    ...parent,
    type: "object",
    properties: { ...parent.properties, ...option.properties },
  };
  if (required.length > 0) merged.required = required;
  else delete merged.required;
  if (option.additionalProperties !== undefined) merged.additionalProperties = option.additionalProperties;
  return merged;
}
