/**
 * @credential-form/core — everything that talks to Airbyte Embedded, without React:
 * widget tokens, the API client and its flavours, error normalisation, the registry client,
 * and the spec engine that turns a connector specification into the form an end user fills.
 *
 * This list is the whole public API (covered by semver). Helpers for the workspace's own tests and tools are on
 * `@credential-form/core/internal` (src/internal.ts), which is not.
 */
export type {
  ApiErrorCode,
  ApiFlavour,
  CheckResult,
  CheckStatus,
  Connector,
  ConnectorApi,
  ConnectorSummary,
  ConnectorUpdateBody,
  CreatedSource,
  CreateSourceInput,
  CredentialApiErrorInit,
  EmbeddedClient,
  EmbeddedClientOptions,
  FieldError,
  FlavourBodyInput,
  FlavourName,
  InitiateOAuthInput,
  NormalizeApiErrorInput,
  OAuthConsent,
  ScrubSecretsOptions,
  SourceTemplate,
  SourceTemplateSummary,
  TemplateMode,
  UpdateConnectorInput,
  UpdatedConnector,
} from "./api/index.js";
export {
  API_MESSAGES,
  CredentialApiError,
  createEmbeddedClient,
  flavours,
  normalizeApiError,
  scrubSecrets,
} from "./api/index.js";
// The OAuth spec engine is on its own entry, `@credential-form/core/oauth` (loaded only by forms that need it).
export type { OAuthInputConfiguration, OAuthPlan, OAuthUserInput } from "./oauth/index.js";
export type {
  ExtractOptions,
  RegistryClient,
  RegistryClientOptions,
  RegistryErrorCode,
  SourceDefinition,
  SourceQuery,
} from "./registry/index.js";
export {
  createRegistryClient,
  DEFAULT_REGISTRY_URL,
  extractSourceDefinition,
  RegistryError,
} from "./registry/index.js";
export type {
  AppliedOneOfChoices,
  ApplyOneOfChoicesInput,
  BuildPayloadInput,
  CollapsedOneOf,
  ConfigError,
  ConfigValidationResult,
  JSONSchema,
  JSONSchemaGroup,
  JSONSchemaTypeName,
  NormalizedSpec,
  OneOfChoices,
  PatternTester,
  PreparedForm,
  PreparedSubmission,
  PrepareFormTemplate,
  PrepareSubmissionInput,
  SchemaError,
  SchemaInterpreter,
  SpecErrorCode,
  SpecWarning,
  SpecWarningCode,
  SubtractDefaultsOptions,
  SubtractDefaultsResult,
  UiGroup,
  UiLeafOptions,
  UiObjectOptions,
  UiOneOfOptions,
  UiSchema,
  UiSchemaHints,
} from "./schema/index.js";
export {
  appendPointer,
  applyOneOfChoices,
  buildPayload,
  canCompileSchemas,
  constValue,
  dropUntouchedValues,
  findDiscriminator,
  loadedSchemaInterpreter,
  loadPatternAnalysis,
  loadSchemaInterpreter,
  mayBacktrack,
  mergeConfig,
  normalizeSpec,
  parsePointer,
  precompileFullConfig,
  prepareForm,
  prepareSubmission,
  REDACTED,
  redactSecrets,
  SpecError,
  safeRegExp,
  secretValues,
  selectOption,
  subtractDefaults,
  toUiSchema,
  validateFullConfig,
} from "./schema/index.js";
export { isPlainObject } from "./shared/isPlainObject.js";
export type {
  TokenErrorCode,
  TokenProvider,
  TokenProviderOptions,
  TokenSource,
  WidgetToken,
} from "./token/index.js";
export { createTokenProvider, decodeWidgetToken, isTokenProvider, TokenError } from "./token/index.js";
