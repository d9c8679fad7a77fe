import type { TokenProvider } from "./createTokenProvider.js";

/** Whether `value` is a {@link TokenProvider} (rather than a token string or callback). */
export function isTokenProvider(value: unknown): value is TokenProvider {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { get?: unknown }).get === "function" &&
    typeof (value as { invalidate?: unknown }).invalidate === "function"
  );
}
