import {
  type EmbeddedClient,
  mergeConfig,
  type PreparedForm,
  type SourceDefinition,
  type SourceTemplate,
  validateFullConfig,
} from "@credential-form/core";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CredentialFormMessages } from "../messages.js";
import type { OAuthController } from "./createOAuthController.js";

type OAuthModule = typeof import("./createOAuthController.js");

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
}

/** What {@link useOAuthSupport} returns. */
export interface OAuthSupport {
  /** The OAuth part; `null` for a connector without `advanced_auth` (or one it cannot plan) and until loaded. */
  controller: OAuthController | null;
  /**
   * True while a connector with `advanced_auth` waits for the OAuth code: the form must not show yet, or its
   * fields would change under the user (the server-filled ones disappear, a "Connect with …" button appears).
   */
  pending: boolean;
}

// Once loaded, later forms get the module in their first render (a cached form then shows without a loading pass).
let loadedModule: OAuthModule | null = null;

/**
 * The form's OAuth part for a connector with `advanced_auth`: its code is loaded (dynamic `import()`) only then;
 * no controller for every other connector and until it has loaded (`pending` meanwhile).
 */
export function useOAuthSupport(input: UseOAuthSupportInput): OAuthSupport {
  const { client, template, definition, prepared, messages, redirectUrl } = input;
  const advancedAuth = template?.advancedAuth ?? definition?.spec.advancedAuth;
  const [loaded, setLoaded] = useState<OAuthModule | null>(() => loadedModule);
  const formData = useRef(input.formData);
  formData.current = input.formData;
  useEffect(() => {
    if (advancedAuth && !loaded)
      void import("./createOAuthController.js").then((m) => {
        loadedModule = m;
        setLoaded(() => m);
      });
  }, [advancedAuth, loaded]);
  const controller = useMemo(
    () =>
      loaded && prepared && definition && advancedAuth
        ? loaded.createOAuthController({
            client,
            prepared,
            advancedAuth,
            sourceDefinitionId: definition.sourceDefinitionId,
            connectorName: definition.name,
            icon: template?.icon ?? null,
            messages,
            redirectUrl: redirectUrl ?? `${location.origin}/oauth-callback.html`,
            getFormData: () => formData.current,
            core: { mergeConfig, validateFullConfig },
          })
        : null,
    [loaded, prepared, definition, advancedAuth, client, template, messages, redirectUrl],
  );
  return { controller, pending: Boolean(advancedAuth) && !loaded };
}
