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

/**
 * The form's OAuth part for a connector with `advanced_auth`: its code is loaded (dynamic `import()`) only then;
 * `null` for every other connector and until it has loaded.
 */
export function useOAuthSupport(input: UseOAuthSupportInput): OAuthController | null {
  const { client, template, definition, prepared, messages, redirectUrl } = input;
  const advancedAuth = template?.advancedAuth ?? definition?.spec.advancedAuth;
  const [loaded, setLoaded] = useState<OAuthModule | null>(null);
  const formData = useRef(input.formData);
  formData.current = input.formData;
  useEffect(() => {
    if (advancedAuth && !loaded) void import("./createOAuthController.js").then((m) => setLoaded(() => m));
  }, [advancedAuth, loaded]);
  return useMemo(
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
}
