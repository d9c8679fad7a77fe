import { decodeWidgetToken } from "./decodeWidgetToken.js";
import { TokenError } from "./TokenError.js";
import type { WidgetToken } from "./WidgetToken.js";

/** A widget token string, or a callback that asks the host's backend for a fresh one. */
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
}

/** Wraps a static token or a `getToken` callback in a provider that decodes, caches and refreshes it in memory. */
export function createTokenProvider(source: TokenSource, options: TokenProviderOptions = {}): TokenProvider {
  const leewayMs = (options.refreshLeewaySeconds ?? 60) * 1000;
  const now = options.now ?? Date.now;
  const isExpired = (token: WidgetToken): boolean =>
    token.expiresAt !== null && token.expiresAt.getTime() <= now();

  if (typeof source === "string") {
    let decoded: WidgetToken | null = null;
    return {
      async get() {
        decoded ??= decodeWidgetToken(source);
        if (isExpired(decoded)) {
          throw new TokenError(
            "expired",
            "The widget token has expired. Pass a `getToken` callback instead of a token string so it can be refreshed.",
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
  let refreshAt = Number.POSITIVE_INFINITY;
  let inflight: Promise<WidgetToken> | null = null;

  const fetchToken = async (): Promise<WidgetToken> => {
    let raw: unknown;
    try {
      raw = await source();
    } catch (cause) {
      throw new TokenError("fetch_failed", "The `getToken` callback failed to provide a widget token.", {
        cause,
      });
    }
    if (typeof raw !== "string") {
      throw new TokenError("fetch_failed", "The `getToken` callback did not resolve to a string.");
    }
    const token = decodeWidgetToken(raw);
    if (isExpired(token)) {
      throw new TokenError(
        "expired",
        "The `getToken` callback returned a widget token that has already expired.",
      );
    }
    current = token;
    if (token.expiresAt === null) {
      refreshAt = Number.POSITIVE_INFINITY;
    } else {
      const fetchedAt = now();
      const expiresAt = token.expiresAt.getTime();
      refreshAt =
        expiresAt - leewayMs > fetchedAt ? expiresAt - leewayMs : fetchedAt + (expiresAt - fetchedAt) / 2;
    }
    return token;
  };

  return {
    get() {
      if (current !== null && now() < refreshAt) {
        return Promise.resolve(current);
      }
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
