export type { TokenProvider, TokenProviderOptions, TokenSource } from "./createTokenProvider.js";
export { createTokenProvider } from "./createTokenProvider.js";
export { decodeWidgetToken } from "./decodeWidgetToken.js";
export { isTokenProvider } from "./isTokenProvider.js";
export type { TokenErrorCode } from "./TokenError.js";
export { TokenError } from "./TokenError.js";
export type { WidgetToken } from "./WidgetToken.js";
