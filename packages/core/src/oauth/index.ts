export { type OAuthPlan, type OAuthUserInput, planOAuth } from "./planOAuth.js";
export { type OAuthInputConfiguration, toOAuthInputConfiguration } from "./toOAuthInputConfiguration.js";
export { withoutOAuthOutputs } from "./withoutOAuthOutputs.js";
