import {
  type EmbeddedClient,
  loadSubmitPipeline,
  type PreparedForm,
  type SourceDefinition,
  type SourceTemplate,
  type SubmitPipeline,
} from "@credential-form/core/form";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CredentialFormMessages } from "../messages.js";
import type { OAuthController } from "./createOAuthController.js";

/** The OAuth code and core's submit pipeline (whose `mergeConfig` and `validateFullConfig` it uses). */
type OAuthModule = [typeof import("./createFormOAuthController.js"), SubmitPipeline];

/** The OAuth code once loaded: later forms (a cached or prefetched one) are ready in their first render. */
let loadedModule: OAuthModule | null = null;
/** The OAuth code's load in flight (cleared when it fails, so a later form tries again). */
let loading: Promise<OAuthModule> | null = null;

/** Loads the OAuth code once (idempotent); `connectorSpecQuery` starts it as soon as an OAuth spec arrives. */
export function loadOAuthModule(): Promise<OAuthModule> {
  loading ??= Promise.all([import("./createFormOAuthController.js"), loadSubmitPipeline()]).then(
    (m) => (loadedModule = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Input of {@link useOAuthSupport}. */
export interface UseOAuthSupportInput {
  client: EmbeddedClient;
  template: SourceTemplate | null;
  definition: SourceDefinition | null;
  prepared: PreparedForm | null;
  messages: CredentialFormMessages;
  formData: Record<string, unknown>;
  /** @default `${location.origin}/oauth-callback.html` */
  redirectUrl: string | undefined;
  /** See `UseCredentialFormOptions.oauthMode`. @default "popup" */
  mode?: "popup" | "redirect" | undefined;
  /** Restores the values of a form that went to the consent page in this tab (full-page redirect mode). */
  setFormData(values: Record<string, unknown>): void;
}

/** Whether the template's defaults chose another option than OAuth's (`predicate_key`): no consent to wait for. */
function otherOptionChosen(advancedAuth: unknown, defaults: unknown): boolean {
  const { predicate_key: key, predicate_value: value } = advancedAuth as Record<string, unknown>;
  if (!Array.isArray(key) || key.length === 0) return false;
  const chosen = key.reduce<unknown>(
    (node, name) => (node as Record<string, unknown> | undefined)?.[name],
    defaults,
  );
  return chosen !== undefined && chosen !== value;
}

/**
 * The form's OAuth part for a connector with `advanced_auth`: its code is loaded (dynamic `import()`) only then;
 * `undefined` while it loads (the form is not ready yet: it would show the OAuth fields), `null` for every other
 * connector or when the code could not be loaded.
 */
export function useOAuthSupport(input: UseOAuthSupportInput): OAuthController | null | undefined {
  const { client, template, definition, prepared, messages, redirectUrl, mode, setFormData } = input;
  const advancedAuth = template?.advancedAuth ?? definition?.spec.advancedAuth;
  const [loaded, setLoaded] = useState<OAuthModule | null>(loadedModule);
  const formData = useRef(input.formData);
  formData.current = input.formData;
  const [failed, setFailed] = useState(false);
  // The form waits for this chunk, so its request starts in the first render (as `React.lazy` does), not after
  // the commit: the download overlaps the first render. This ref holds it; the effect below takes its result.
  const request = useRef<Promise<OAuthModule> | null>(null);
  if (advancedAuth && !loaded && !request.current && typeof window !== "undefined") {
    request.current = loadOAuthModule();
    request.current.catch(() => {}); // a failure is taken by the effect
  }
  const pending = request.current;
  useEffect(() => {
    if (!loaded)
      pending?.then(
        (m) => setLoaded(() => m),
        () => setFailed(true),
      );
  }, [pending, loaded]);
  const controller = useMemo(
    () =>
      loaded && prepared && definition && advancedAuth
        ? loaded[0].createFormOAuthController({
            client,
            template,
            definition,
            prepared,
            advancedAuth,
            messages,
            redirectUrl,
            mode,
            formData,
            core: loaded[1],
          })
        : null,
    [loaded, prepared, definition, advancedAuth, client, template, messages, redirectUrl, mode],
  );
  // A consent finished in this tab (full-page redirect mode) came back: the form takes its values and result.
  useEffect(() => controller?.resume(setFormData), [controller, setFormData]);
  const waiting = advancedAuth && !loaded && !failed && !otherOptionChosen(advancedAuth, prepared?.defaults);
  return waiting ? undefined : controller;
}
