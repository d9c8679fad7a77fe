import type { JSONSchema } from "./JSONSchema.js";
import { validateFullConfig } from "./validateFullConfig.js";

const wrappers = new WeakMap<JSONSchema, JSONSchema>();

/** Whether a defaulted object is valid as the defaults leave it (per the full spec's schema of that object). */
export function isDefaultComplete(property: JSONSchema, value: Record<string, unknown>): boolean {
  let wrapper = wrappers.get(property);
  if (!wrapper) {
    wrapper = { type: "object", properties: { value: property }, required: ["value"] };
    wrappers.set(property, wrapper);
  }
  return validateFullConfig(wrapper, { value }).valid;
}
