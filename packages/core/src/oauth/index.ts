export { type OAuthPlan, type OAuthUserInput, planOAuth } from "./planOAuth.js";
export { selectOAuthOption } from "./selectOAuthOption.js";
export { type OAuthInputConfiguration, toOAuthInputConfiguration } from "./toOAuthInputConfiguration.js";
export { toOAuthSchema } from "./toOAuthSchema.js";
