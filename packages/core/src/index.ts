/**
 * @credential-form/core — everything that talks to Airbyte Embedded, without React:
 * widget tokens, the API client and its flavours, error normalisation, the registry client,
 * and the spec engine that turns a connector specification into the form an end user fills.
 */
export * from "./api/index.js";
export * from "./registry/index.js";
export * from "./schema/index.js";
export * from "./token/index.js";
