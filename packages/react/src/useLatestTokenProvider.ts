import { createTokenProvider, type TokenProvider } from "@credential-form/core";
import { useEffect, useMemo, useRef } from "react";

/** A token given as a widget token string or as a callback that fetches one. */
export type TokenProp = string | (() => Promise<string>);

/**
 * One token provider for the component's lifetime that always reads the latest `token` prop: a new callback
 * identity on every host render neither rebuilds clients nor refetches, and a new token string is used at once.
 */
export function useLatestTokenProvider(token: TokenProp): TokenProvider {
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
  return provider;
}
