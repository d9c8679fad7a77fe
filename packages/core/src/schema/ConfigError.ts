/** One problem of a configuration, for the field it concerns. Never contains a configuration value. */
export interface ConfigError {
  /** JSON pointer into the configuration (`""` for the whole configuration). */
  path: string;
  /** Human-readable message, e.g. "API Key is required". */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `pattern`, `oneOf`, …). */
  keyword: string;
  /**
   * The failed keyword's parameters as ajv reports them (`{ limit: 8 }`, `{ missingProperty: "api_key" }`): schema
   * constants and field names, never a configuration value. A UI re-words the message from them (e.g. with
   * `ajv-i18n`). For `keyword: "schema"`, `{ reason: "unavailable" }` (no validator here) or `{ reason: "invalid" }`.
   */
  params?: Record<string, unknown>;
}
