/** One problem of a configuration, for the field it concerns. Never contains a configuration value. */
export interface ConfigError {
  /** JSON pointer into the configuration (`""` for the whole configuration). */
  path: string;
  /** Human-readable message, e.g. "API Key is required". */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `pattern`, `oneOf`, …). */
  keyword: string;
}
