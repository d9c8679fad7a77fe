import type { JSONSchema } from "../schema/JSONSchema.js";

/** A source connector from the Airbyte registry, reduced to what a credential form needs. */
export interface SourceDefinition {
  name: string;
  dockerRepository: string;
  dockerImageTag: string;
  sourceDefinitionId: string;
  iconUrl: string | null;
  documentationUrl: string | null;
  spec: {
    /** The connector's JSON Schema, as published (quirks included: run it through `normalizeSpec`). */
    connectionSpecification: JSONSchema;
    /** The registry's `spec.advanced_auth` (OAuth flow description), or `null`. */
    advancedAuth: Record<string, unknown> | null;
  };
}

/** Which connector to look up. */
export type SourceQuery = { sourceDefinitionId: string } | { dockerRepository: string };
