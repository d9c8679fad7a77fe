import {
  createRegistryClient,
  type EmbeddedClient,
  type JSONSchema,
  loadedSchemaInterpreter,
  loadedSpecEngine,
  loadSchemaInterpreter,
  loadSpecEngine,
  type PreparedForm,
  type SourceDefinition,
  type SourceTemplate,
  type TemplateMode,
} from "@credential-form/core/form";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { sessionMessage } from "./errorMessage.js";
import type { CredentialFormMessages } from "./messages.js";
import { connectorSpecQuery, preparedFormQuery, sourceTemplateQuery } from "./queries.js";
import { useDeepStable } from "./useDeepStable.js";
import { type EmbeddedClientProps, useEmbeddedClient } from "./useEmbeddedClient.js";

/** A source template given inline (no API call) or by id (fetched from the Embedded API). */
export type CredentialFormTemplate =
  | {
      /** Source template id (sent with the created source). */
      id: string;
      /** The connector's source definition id in the registry. */
      sourceDefinitionId: string;
      /** Config values the template already sets; these fields are never shown. @default {} */
      partialDefaultConfig?: Record<string, unknown>;
      /** A spec override attached to the template; replaces the subtracted registry spec when set. */
      userConfigSpec?: JSONSchema | null;
      /** Display name. @default the id */
      name?: string;
      /** How the current API's create body splits the config (see core's `buildAgentApiBody`). @default "REPLICATION" */
      mode?: TemplateMode | null;
    }
  | {
      /** Source template id, fetched from the Embedded API. */
      id: string;
    };

/** Why the form could not load. */
export interface CredentialFormLoadError {
  /**
   * Which step failed. `validator`: the eval-free validator, which RJSF matches the spec's options with (and a page
   * whose Content-Security-Policy forbids `'unsafe-eval'` validates with), could not be loaded (its chunk did not
   * download). `spec`: the spec could not be prepared, or the code that prepares it could not be loaded (its chunk
   * did not download). `connector`: edit mode's connector could not be loaded (not found, or not the end user's).
   */
  kind: "token" | "template" | "registry" | "spec" | "validator" | "connector";
  /** What to tell the user (from `messages`). */
  message: string;
  /** The underlying error. */
  error: Error;
}

/** What the data layer needs: where to load from (the data-related options of `useCredentialForm`). */
export interface FormDataOptions extends EmbeddedClientProps {
  /** `null` while the template is not known yet (edit mode, until the connector is loaded): the form is loading. */
  template: CredentialFormTemplate | null;
  registryUrl?: string | undefined;
}

/** What {@link useCredentialFormData} returns. */
export interface CredentialFormData {
  client: EmbeddedClient;
  /** The template once loaded: name, icon, `authTooltip`, `mode`, defaults and the server's user spec. */
  template: SourceTemplate | null;
  definition: SourceDefinition | null;
  /** Set once everything the form needs is there (token checked, spec prepared, validator loaded). */
  prepared: PreparedForm | null;
  loadError: CredentialFormLoadError | null;
  /** Loads again what failed, with a fresh token. */
  retry: () => void;
}

/** A value as an Error. */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(typeof value === "string" ? value : "Unknown error");
}

function toSourceTemplate(template: CredentialFormTemplate | null): SourceTemplate | null {
  if (!template || !("sourceDefinitionId" in template) || typeof template.sourceDefinitionId !== "string")
    return null;
  return {
    id: template.id,
    name: template.name ?? template.id,
    icon: null,
    sourceDefinitionId: template.sourceDefinitionId,
    partialDefaultConfig: template.partialDefaultConfig ?? {},
    userConfigSpec: template.userConfigSpec ?? null,
    ...(template.mode === undefined ? {} : { mode: template.mode }),
  };
}

type Loaded = true | Error | null;

/** Runs `load` (again when `attempt` changes) unless `ready` says there is nothing to wait for. */
function useLoaded(ready: () => boolean, load: () => Promise<unknown>): [Loaded, () => void] {
  const [state, setState] = useState<Loaded>(() => (ready() ? true : null));
  useEffect(() => {
    if (state !== null) return;
    let live = true;
    load().then(
      () => live && setState(true),
      (error: unknown) => live && setState(asError(error)),
    );
    return () => {
      live = false;
    };
  }, [state, load]);
  return [state, useCallback(() => setState((s) => (s instanceof Error ? null : s)), [])];
}

/**
 * The data layer of the form: one token provider, the API and registry clients, the template, the connector
 * definition and the prepared form (kept in the query cache), the eval-free validator.
 */
export function useCredentialFormData(
  options: FormDataOptions,
  messages: CredentialFormMessages,
  queryClient: QueryClient,
): CredentialFormData {
  const { client, provider, known, stableFetch } = useEmbeddedClient(options);
  const { baseUrl, registryUrl } = options;
  // The host's `fetch` (through `stableFetch`, which follows its latest value) only when it gave one: without it,
  // core's client may fetch and scan the registry in a Web Worker, which cannot call a function of the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only whether a `fetch` is given matters (`stableFetch` never changes)
  const registry = useMemo(
    () => createRegistryClient({ fetch: options.fetch && stableFetch, url: registryUrl }),
    [!options.fetch, registryUrl],
  );

  // A token string that decodes and has not expired needs no wait: the form can show in the first render.
  const knownRef = useRef(known);
  knownRef.current = known;
  const [session, retrySession] = useLoaded(
    () => knownRef.current !== null,
    useCallback(() => provider.get(), [provider]),
  );
  // RJSF's validator is core's eval-free interpreter (`formValidator`): a separate chunk, loaded alongside the spec, so
  // that the page loads no ajv before a submit's idle compile.
  const [validator, retryValidator] = useLoaded(
    () => loadedSchemaInterpreter() !== undefined,
    loadSchemaInterpreter,
  );
  // The spec engine (`prepareForm`) is a chunk of its own too, loaded alongside the token, template and spec; once a
  // page has it, a cached spec shows the form in the first render.
  const [engine, retryEngine] = useLoaded(() => loadedSpecEngine() !== undefined, loadSpecEngine);

  const templateInput = useDeepStable(options.template);
  const inlineTemplate = useMemo(() => toSourceTemplate(templateInput), [templateInput]);
  const templateQuery = useQuery(
    {
      ...sourceTemplateQuery({ client, templateId: templateInput?.id ?? "", baseUrl }),
      enabled: inlineTemplate === null && templateInput !== null,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const template = inlineTemplate ?? templateQuery.data ?? null;
  const specQuery = useQuery(
    {
      ...connectorSpecQuery({
        registry,
        sourceDefinitionId: template?.sourceDefinitionId ?? "",
        registryUrl,
      }),
      enabled: template !== null,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const definition = specQuery.data ?? null;

  // Synchronous (a cached spec shows the form in the first render); the query cache is the cache.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `engine` says when `loadedSpecEngine()` has changed
  const prepared = useMemo<PreparedForm | Error | null>(() => {
    if (!template || !definition) return null;
    const { queryKey } = preparedFormQuery({ definition, template, registryUrl });
    const cached = queryClient.getQueryData(queryKey);
    if (cached) return cached;
    const prepareForm = loadedSpecEngine()?.prepareForm;
    if (!prepareForm) return null;
    try {
      return (
        queryClient.setQueryData(queryKey, prepareForm(definition.spec.connectionSpecification, template)) ??
        null
      );
    } catch (error) {
      return asError(error);
    }
  }, [template, definition, registryUrl, queryClient, engine]);

  const loadError = useMemo<CredentialFormLoadError | null>(() => {
    const fail = (kind: CredentialFormLoadError["kind"], message: string, error: unknown) => ({
      kind,
      message,
      error: asError(error),
    });
    if (session instanceof Error)
      return fail("token", sessionMessage(session, messages) ?? messages.sessionExpired, session);
    const templateError = inlineTemplate === null && templateQuery.error;
    if (templateError) {
      const expired = sessionMessage(templateError, messages);
      return expired
        ? fail("token", expired, templateError)
        : fail("template", messages.templateLoadError, templateError);
    }
    if (specQuery.error) return fail("registry", messages.specLoadError, specQuery.error);
    if (prepared instanceof Error) return fail("spec", messages.specLoadError, prepared);
    if (engine instanceof Error && prepared === null) return fail("spec", messages.specLoadError, engine);
    return validator instanceof Error ? fail("validator", messages.specLoadError, validator) : null;
  }, [session, templateQuery.error, specQuery.error, prepared, engine, validator, inlineTemplate, messages]);

  const retry = useCallback(() => {
    provider.invalidate();
    retrySession();
    retryValidator();
    retryEngine();
    for (const query of [templateQuery, specQuery]) if (query.error) void query.refetch();
  }, [provider, retrySession, retryValidator, retryEngine, templateQuery, specQuery]);

  return {
    client,
    template,
    definition,
    prepared: session === true && validator === true && !(prepared instanceof Error) ? prepared : null,
    loadError,
    retry,
  };
}
