/**
 * @credential-form/core/oauth — the server-side OAuth (`advanced_auth`) spec engine, on its own entry so that only
 * forms of OAuth connectors load it. The client's side is `EmbeddedClient.initiateOAuth` and `createSource`'s
 * `serverSideOAuthSecretId`. `omitSecretPaths` keeps secrets out of the draft a full-page OAuth redirect stores.
 */
export { omitSecretPaths } from "./omitSecretPaths.js";
export { type OAuthPlan, type OAuthUserInput, planOAuth } from "./planOAuth.js";
export { selectOAuthOption } from "./selectOAuthOption.js";
export { stripOAuthOutputs } from "./stripOAuthOutputs.js";
export { type OAuthInputConfiguration, toOAuthInputConfiguration } from "./toOAuthInputConfiguration.js";
export { toOAuthSchema } from "./toOAuthSchema.js";
