import { type FastApiError, validateConfig } from "./validateConfig.js";

type Json = Record<string, unknown>;

/** Validates a full config against the connector spec; errors name body fields (`credentials.x`, `replication_config.y`). */
export function validateBodyConfig(spec: Json, config: Json, sentParts: readonly string[]): Json[] {
  return validateConfig(spec, config, { locPrefix: [] }).map((error: FastApiError) => {
    const top = String(error.loc[0] ?? "");
    const path = error.loc.join(".");
    return {
      field: sentParts.includes(top) ? path : path ? `replication_config.${path}` : "replication_config",
      message: error.msg,
      error_code: error.type,
      details: null,
    };
  });
}
