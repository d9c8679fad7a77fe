export type { ApiErrorCode, CredentialApiErrorInit, FieldError } from "./CredentialApiError.js";
export { CredentialApiError } from "./CredentialApiError.js";
export type { EmbeddedClient, EmbeddedClientOptions } from "./createEmbeddedClient.js";
export { createEmbeddedClient } from "./createEmbeddedClient.js";
export type { ApiFlavour, FlavourName } from "./flavours.js";
export { flavours } from "./flavours.js";
export type { NormalizeApiErrorInput } from "./normalizeApiError.js";
export { normalizeApiError } from "./normalizeApiError.js";
export type { ScrubSecretsOptions } from "./scrubSecrets.js";
export { scrubSecrets } from "./scrubSecrets.js";
export { CONFIG_BODY_KEYS, toConfigPointer } from "./toConfigPointer.js";
export type {
  CheckResult,
  CheckStatus,
  ConnectorSummary,
  CreatedSource,
  CreateSourceInput,
  FlavourBodyInput,
  SourceTemplate,
  SourceTemplateSummary,
  TemplateMode,
} from "./types.js";
