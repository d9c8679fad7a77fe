import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { runFullConfig } from "./runFullConfig.js";

const wrappers = new WeakMap<JSONSchema, JSONSchema>();

/** Whether a defaulted object is valid as the defaults leave it (per the full spec's schema of that object). */
export function isDefaultComplete(property: JSONSchema, value: Record<string, unknown>): boolean {
  let wrapper = wrappers.get(property);
  if (!wrapper) {
    wrapper = { type: "object", properties: { value: property }, required: ["value"] };
    wrappers.set(property, wrapper);
  }
  // What `validateFullConfig(wrapper, { value }).valid` says, without its messages (they load with the submit).
  return runFullConfig(normalizeSpec(wrapper).schema, [], { value }).failures?.length === 0;
}
