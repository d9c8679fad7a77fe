export { API_MESSAGES } from "./API_MESSAGES.js";
export type { ApiErrorCode, CredentialApiErrorInit, FieldError } from "./CredentialApiError.js";
export { CredentialApiError } from "./CredentialApiError.js";
export type {
  Connector,
  ConnectorApi,
  ConnectorSummary,
  ConnectorUpdateBody,
  UpdateConnectorInput,
  UpdatedConnector,
} from "./connectorTypes.js";
export type { EmbeddedClient, EmbeddedClientOptions } from "./createEmbeddedClient.js";
// The public `createEmbeddedClient` loads its request code on demand (see createLazyEmbeddedClient.ts).
export { createLazyEmbeddedClient as createEmbeddedClient } from "./createLazyEmbeddedClient.js";
export type { ApiFlavour, FlavourName } from "./flavours.js";
export { flavours } from "./flavours.js";
export type { InitiateOAuthInput, OAuthConsent } from "./initiateOAuth.js";
export type { NormalizeApiErrorInput } from "./normalizeApiError.js";
export { normalizeApiError } from "./normalizeApiError.js";
export type { ScrubSecretsOptions } from "./scrubSecrets.js";
export { scrubSecrets } from "./scrubSecrets.js";
export { CONFIG_BODY_KEYS, toConfigPointer } from "./toConfigPointer.js";
export type {
  CheckResult,
  CheckStatus,
  CreatedSource,
  CreateSourceInput,
  FlavourBodyInput,
  SourceTemplate,
  SourceTemplateSummary,
  TemplateMode,
} from "./types.js";
