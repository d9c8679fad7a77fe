import {
  createTokenProvider,
  decodeWidgetToken,
  type TokenProvider,
  type WidgetToken,
} from "@credential-form/core/form";
import { useContext, useEffect, useMemo, useRef } from "react";
import { sharedTokenContext } from "./sharedTokenContext.js";

/** A token given as a widget token string or as a callback that fetches one. */
export type TokenProp = string | (() => Promise<string>);

/** What {@link useLatestTokenProvider} returns. */
export interface LatestToken {
  /** The one way every request reads the token. */
  provider: TokenProvider;
  /**
   * A token string decoded now, when it is valid and not expired (null for a callback or an unusable string):
   * lets the form show in its first render and keys caches by workspace, without waiting for `provider.get()`.
   */
  known: WidgetToken | null;
}

function decodeUsable(token: string | null): WidgetToken | null {
  if (token === null) return null;
  try {
    const decoded = decodeWidgetToken(token);
    return decoded.expiresAt === null || decoded.expiresAt.getTime() > Date.now() ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * One token provider for the component's lifetime that always reads the latest `token` prop: a new callback
 * identity on every host render neither rebuilds clients nor refetches, and a new token string is used at once.
 * The only place the React layer reads a token; inside a {@link sharedTokenContext} (the widget) the shared provider
 * is used instead, since it reads the same token.
 */
export function useLatestTokenProvider(token: TokenProp): LatestToken {
  const latest = useRef(token);
  latest.current = token;
  const provider = useMemo((): TokenProvider => {
    const callback = createTokenProvider(() => (latest.current as () => Promise<string>)());
    // A string is wrapped as a static token (one provider per string), so that its expiry is reported as that
    // of a token, not of a `getToken` callback.
    let fixed: { token: string; provider: TokenProvider } | null = null;
    const current = (): TokenProvider => {
      const token = latest.current;
      if (typeof token !== "string") return callback;
      if (fixed?.token !== token) fixed = { token, provider: createTokenProvider(token) };
      return fixed.provider;
    };
    return { get: () => current().get(), invalidate: () => current().invalidate() };
  }, []);
  const tokenString = typeof token === "string" ? token : null;
  const firstToken = useRef(tokenString);
  useEffect(() => {
    if (tokenString !== firstToken.current) {
      firstToken.current = tokenString;
      provider.invalidate();
    }
  }, [tokenString, provider]);
  const known = useMemo(() => decodeUsable(tokenString), [tokenString]);
  const own = useMemo(() => ({ provider, known }), [provider, known]);
  return useContext(sharedTokenContext) ?? own;
}
