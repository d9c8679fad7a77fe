import { coreSpecEngine } from "./coreSpecEngine.js";
import type { JSONSchema } from "./JSONSchema.js";
import { secretValuesWith } from "./secretValuesWith.js";

/** The secret values of a configuration (values of `airbyte_secret` fields), to keep out of logs and events. */
export function secretValues(schema: JSONSchema, config: unknown): string[] {
  return secretValuesWith(coreSpecEngine, schema, config);
}
