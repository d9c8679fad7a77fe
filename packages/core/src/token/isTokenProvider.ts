import { isPlainObject } from "../shared/isPlainObject.js";
import type { TokenProvider } from "./createTokenProvider.js";

/** Whether `value` is a {@link TokenProvider} (rather than a token string or callback). */
export function isTokenProvider(value: unknown): value is TokenProvider {
  return isPlainObject(value) && typeof value.get === "function" && typeof value.invalidate === "function";
}
