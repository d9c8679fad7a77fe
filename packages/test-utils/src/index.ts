// The generators read patterns through core's normalizeSpec, which drops every pattern `mayBacktrack` flags until
// the exact analysis is loaded: tests comparing them with a validator of the original spec load it first.
export { loadPatternAnalysis } from "@credential-form/core";
export { danglingRefs } from "./danglingRefs.js";
export { echoEncodings } from "./echoEncodings.js";
export type { HubSpotOAuthTemplate } from "./hubspotOAuthTemplate.js";
export { hubspotOAuthTemplate } from "./hubspotOAuthTemplate.js";
export { mintScopedToken } from "./mintScopedToken.js";
export type {
  CreateRequestMatch,
  CreateServerErrorOptions,
  ForwardOptions,
  MockApi,
  MockApiOptions,
  MockWidgetTokenInput,
  RegistryFailureOptions,
  ServerFieldError,
  SlowCreateOptions,
  SlowRegistryOptions,
  StoryMockApi,
  StoryMockApiContext,
  StorySandboxParameters,
} from "./msw/index.js";
export {
  createMockApi,
  createServerError,
  createValidationError,
  matchCreateRequest,
  registryFailure,
  sandboxTemplate,
  sessionExpired,
  slowCreate,
  slowRegistry,
  storyLoaded,
  storyMockApi,
  templateNotFound,
} from "./msw/index.js";
export { mulberry32 } from "./mulberry32.js";
export type { FixtureRegistry, FixtureSchema, FixtureSource } from "./registry.js";
export { allSources, getSource, getSourceById, loadRegistry } from "./registry.js";
export { rejectionOf } from "./rejectionOf.js";
export type { SentRequest } from "./sandboxFetch.js";
export { recordingFetch, sandboxFetch } from "./sandboxFetch.js";
export type { SampleOptions } from "./specSamples.js";
export { arbitraryTemplateDefaults, arbitraryValidInput, sampleValidInput } from "./specSamples.js";
export type { Base64Options, WidgetTokenInput } from "./tokens.js";
export { encodeBase64, makeJwt, makeWidgetClaims, makeWidgetToken } from "./tokens.js";
