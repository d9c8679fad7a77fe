import {
  type ApiFlavour,
  createEmbeddedClient,
  type EmbeddedClient,
  type FlavourName,
  type TokenSource,
} from "@credential-form/core/form";
import { useContext, useMemo, useRef } from "react";
import { sharedClientContext } from "./sharedClientContext.js";
import { type LatestToken, useLatestTokenProvider } from "./useLatestTokenProvider.js";

/** What the API client is built from (the API-related props of the form and the widget). */
export interface EmbeddedClientProps {
  token: TokenSource;
  baseUrl?: string | undefined;
  flavour?: FlavourName | ApiFlavour | undefined;
  fetch?: typeof fetch | undefined;
  workspaceName?: string | undefined;
  check?: "before-create" | "off" | undefined;
}

/** What {@link useEmbeddedClient} returns: the client, the token it reads and the `fetch` it calls. */
export interface EmbeddedClientHandle extends LatestToken {
  client: EmbeddedClient;
  /** The latest `fetch` prop (else the global one), with a stable identity. */
  stableFetch: typeof fetch;
}

/**
 * The API client of a component: built once per base URL / flavour / workspace name / check option over the one
 * token provider (`useLatestTokenProvider`); inside the widget ({@link sharedClientContext}) the widget's client.
 * Core picks the defaults (the current Agent API, check before create).
 */
export function useEmbeddedClient(props: EmbeddedClientProps): EmbeddedClientHandle {
  const latestFetch = useRef(props.fetch);
  latestFetch.current = props.fetch;
  const stableFetch = useMemo(
    () => ((input, init) => (latestFetch.current ?? globalThis.fetch)(input, init)) as typeof fetch,
    [],
  );
  const token = useLatestTokenProvider(props.token);
  const { provider } = token;
  const { baseUrl, flavour, workspaceName, check } = props;
  const own = useMemo(
    () =>
      createEmbeddedClient({
        token: provider,
        fetch: stableFetch,
        ...(baseUrl === undefined ? {} : { baseUrl }),
        ...(flavour === undefined ? {} : { flavour }),
        ...(workspaceName === undefined ? {} : { workspaceName }),
        ...(check === undefined ? {} : { check }),
      }),
    [provider, stableFetch, baseUrl, flavour, workspaceName, check],
  );
  const shared = useContext(sharedClientContext);
  return { ...token, client: shared ?? own, stableFetch };
}
