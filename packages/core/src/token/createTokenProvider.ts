import { decodeWidgetToken } from "./decodeWidgetToken.js";
import { TokenError, type TokenErrorCode } from "./TokenError.js";
import type { WidgetToken } from "./WidgetToken.js";

/** A token string (a scoped token, a bare JWT, or a widget token), or a callback that asks the host's backend for a fresh one. */
export type TokenSource = string | (() => Promise<string>);

/** Hands out a valid widget token, refreshing it when a callback is available. */
export interface TokenProvider {
  /** A token that is not expired (refreshed first when close to expiry and a callback is available). */
  get(): Promise<WidgetToken>;
  /** Forgets the current token so the next `get()` fetches a new one (e.g. after a 401). */
  invalidate(): void;
}

/** Options of {@link createTokenProvider}. */
export interface TokenProviderOptions {
  /**
   * Refresh a callback token when fewer than this many seconds remain before it expires.
   * @default 60
   */
  refreshLeewaySeconds?: number;
  /**
   * Clock in milliseconds, for tests.
   * @default Date.now
   */
  now?: () => number;
  /**
   * How long a `getToken` call may take before `get()` rejects with a retryable `TokenError` of code `timeout`
   * (a later `get()` asks the callback again).
   * @default 15000
   */
  timeoutMs?: number;
}

function callbackError(code: TokenErrorCode, problem: string): TokenError {
  // No `cause`: the callback's own error may quote the token (or the host's credentials); the host logs it there.
  return new TokenError(code, `The \`getToken\` callback ${problem}.`);
}

/** Wraps a static token or a `getToken` callback in a provider that decodes, caches and refreshes it in memory. */
export function createTokenProvider(
  source: TokenSource,
  { refreshLeewaySeconds = 60, now = Date.now, timeoutMs = 15_000 }: TokenProviderOptions = {},
): TokenProvider {
  /** When `token` expires, in ms (`Infinity` without `exp`). */
  const expiry = (token: WidgetToken) => token.expiresAt?.getTime() ?? Infinity;
  if (typeof source === "string") {
    let decoded: WidgetToken | undefined;
    return {
      async get() {
        decoded ??= decodeWidgetToken(source);
        if (expiry(decoded) <= now()) {
          throw new TokenError(
            "expired",
            "The token has expired; pass a `getToken` callback instead of a string to have it refreshed.",
          );
        }
        return decoded;
      },
      invalidate() {
        // A static token cannot be refreshed; keeping it lets `get()` report expiry precisely.
      },
    };
  }

  let current: WidgetToken | null = null;
  // When to refresh `current`; a token shorter-lived than the leeway is refreshed at half its lifetime
  // instead, so the host's backend is not asked for a new token on every call.
  let refreshAt = 0;
  let inflight: Promise<WidgetToken> | null = null;
  const fetchToken = async (): Promise<WidgetToken> => {
    let raw: unknown;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      raw = await Promise.race([
        source(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(callbackError("timeout", `did not answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      throw error instanceof TokenError && error.code === "timeout"
        ? error
        : callbackError("fetch_failed", "failed to provide a widget token");
    } finally {
      clearTimeout(timer);
    }
    if (typeof raw !== "string") throw callbackError("fetch_failed", "did not resolve to a string");
    const token = decodeWidgetToken(raw);
    const fetchedAt = now();
    const expiresAt = expiry(token);
    if (expiresAt <= fetchedAt) throw callbackError("expired", "returned an expired widget token");
    const leewayMs = refreshLeewaySeconds * 1000;
    refreshAt =
      expiresAt - leewayMs > fetchedAt ? expiresAt - leewayMs : fetchedAt + (expiresAt - fetchedAt) / 2;
    current = token;
    return token;
  };
  return {
    async get() {
      if (current && now() < refreshAt) return current;
      inflight ??= fetchToken().finally(() => {
        inflight = null;
      });
      return inflight;
    },
    invalidate() {
      current = null;
    },
  };
}
