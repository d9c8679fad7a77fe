import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import type { JSONSchema } from "./JSONSchema.js";
import type { SpecEngine } from "./SpecEngine.js";
import { walkSecrets } from "./walkSecrets.js";

function collect(value: unknown, out: Set<string>): void {
  if (typeof value === "string") {
    if (value !== "") out.add(value);
  } else if (typeof value === "number" || typeof value === "boolean") {
    out.add(String(value));
  } else if (isArray(value)) {
    for (const item of value) collect(item, out);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) collect(item, out);
  }
}

/** `secretValues` with the spec engine (`coreSpecEngine`) taken from the caller. */
export function secretValuesWith(engine: SpecEngine, schema: JSONSchema, config: unknown): string[] {
  const found = new Set<string>();
  walkSecrets(engine, engine.normalizeSpec(schema).schema, config, (secret) => {
    collect(secret, found);
    return secret;
  });
  return [...found];
}
