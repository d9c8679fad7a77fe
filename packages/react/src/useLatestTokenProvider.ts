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
  const provider = useMemo(
    () =>
      createTokenProvider(async () => {
        const current = latest.current;
        return typeof current === "string" ? current : current();
      }),
    [],
  );
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
