import {
  type EmbeddedClient,
  loadPatternAnalysis,
  loadSchemaInterpreter,
  loadSpecEngine,
  mayBacktrack,
  type PreparedForm,
  type RegistryClient,
  type SourceDefinition,
  type SourceTemplate,
} from "@credential-form/core/form";
import { type QueryFunction, queryOptions } from "@tanstack/react-query";
import { loadOAuthModule } from "./oauth/useOAuthSupport.js";
import { someJsonEntry } from "./someJsonEntry.js";
import { preloadSubmitCode } from "./useValidatorWarmup.js";

/** Root of every query key this package uses (keys never contain the widget token). */
export const credentialFormQueryKey = ["credential-form"] as const;

/** Input of {@link connectorSpecQuery}. */
export interface ConnectorSpecQueryInput {
  /** The registry client that loads the definition. */
  registry: RegistryClient;
  /** The connector's source definition id. */
  sourceDefinitionId: string;
  /** Registry URL, only to keep caches of different registries apart. @default "default" */
  registryUrl?: string | undefined;
}

function isRetryable(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { retryable?: unknown }).retryable === true;
}

/** Retries once, and only errors that say a retry may help (never 4xx). */
export function retryOnce(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && isRetryable(error);
}

/** Options shared by the package's queries: keyed under {@link credentialFormQueryKey}, retried once. */
function cachedQuery<T>(key: unknown[], queryFn: QueryFunction<T>, staleTime: number) {
  return queryOptions<T>({
    queryKey: [...credentialFormQueryKey, ...key],
    queryFn,
    staleTime,
    retry: retryOnce,
    retryDelay: 300,
  });
}

/**
 * Resolves once a spec can be prepared exactly: when a `pattern` (or any key, for `patternProperties`) is flagged by
 * `mayBacktrack`, after the exact pattern analysis has loaded (without it, `normalizeSpec` would drop the pattern).
 * A failed load leaves the conservative behaviour (the pattern dropped), never an error.
 */
async function patternsReady(spec: unknown): Promise<void> {
  const flagged = someJsonEntry(
    spec,
    (key, value) =>
      mayBacktrack(key) || (key === "pattern" && typeof value === "string" && mayBacktrack(value)),
  );
  if (flagged) await loadPatternAnalysis().catch(() => {});
}

/**
 * TanStack Query options loading a connector definition (and its spec) from the registry; prefetchable by hosts.
 * The spec engine (`loadSpecEngine`), which the form prepares the spec with, loads alongside the request and is
 * waited for (a prefetched spec then shows the form in the first render); an OAuth connector's (`advancedAuth`) OAuth code, which
 * its form waits for, starts loading as soon as the spec is in; a spec with a pattern that may backtrack resolves
 * once the exact pattern analysis is loaded (`loadPatternAnalysis`). The eval-free validator, which the form hands
 * RJSF, loads with the spec engine. In a browser the submit's code (core's pipeline, the form's `submitForm`) starts
 * loading once the spec is in (an OAuth connector's after its OAuth code), not waited for: a first submit right
 * after the form appears does not wait for its download.
 */
export function connectorSpecQuery({ registry, sourceDefinitionId, registryUrl }: ConnectorSpecQueryInput) {
  return cachedQuery<SourceDefinition>(
    ["connector-spec", registryUrl ?? "default", sourceDefinitionId],
    async ({ signal }) => {
      // Loaded alongside the request, and waited for; a failed load is the form's to report (it tries again).
      const engine = Promise.all([loadSpecEngine(), loadSchemaInterpreter()]).catch(() => {});
      const definition = await registry.getSourceDefinition({ sourceDefinitionId }, { signal });
      await engine;
      // Not awaited: a failed load is the form's to report (it tries again). The submit's code then loads too, so that
      // a form shown from this spec has it at hand for a first submit; for an OAuth connector once its OAuth code,
      // which its form waits for, is in (the two downloads would compete).
      if (typeof window !== "undefined") {
        if (definition.spec.advancedAuth) loadOAuthModule().then(preloadSubmitCode, () => {});
        else preloadSubmitCode();
      }
      await patternsReady(definition.spec.connectionSpecification);
      return definition;
    },
    60 * 60 * 1000,
  );
}

/** Input of {@link sourceTemplateQuery}. */
export interface SourceTemplateQueryInput {
  /** The Embedded API client (it carries the token; the token is not part of the key). */
  client: EmbeddedClient;
  /** The source template id. */
  templateId: string;
  /** API base URL, only to keep caches of different APIs apart. @default "default" */
  baseUrl?: string | undefined;
}

/** TanStack Query options loading a source template from the Embedded API; prefetchable by hosts. */
export function sourceTemplateQuery({ client, templateId, baseUrl }: SourceTemplateQueryInput) {
  return cachedQuery<SourceTemplate>(
    ["source-template", baseUrl ?? "default", templateId],
    async ({ signal }) => {
      const template = await client.getSourceTemplate(templateId, { signal });
      await patternsReady(template.userConfigSpec);
      return template;
    },
    5 * 60 * 1000,
  );
}

/** Input of {@link preparedFormQuery}. */
export interface PreparedFormQueryInput {
  /** The connector definition (from {@link connectorSpecQuery}). */
  definition: SourceDefinition;
  /** The source template: its id, defaults and optional spec override. */
  template: Pick<SourceTemplate, "id" | "partialDefaultConfig" | "userConfigSpec">;
  /** Registry URL, only to keep caches of different registries apart. @default "default" */
  registryUrl?: string | undefined;
}

/**
 * A short digest of the template's content (a key part that never holds a default value itself): FNV-1a over each
 * entry's depth, key and JSON value (an object or array as its bracket), in order; the depths make the sequence
 * tell trees apart. Read with `someJsonEntry`, so a spec of any depth has one.
 */
function digest(value: unknown): string {
  let hash = 0x811c9dc5;
  someJsonEntry(value, (key, item, depth) => {
    const text = `${depth}${JSON.stringify(key)}${item !== null && typeof item === "object" ? (Array.isArray(item) ? "[" : "{") : (JSON.stringify(item) ?? "~")}`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return false;
  });
  return (hash >>> 0).toString(36);
}

/**
 * TanStack Query options preparing the form of a template (`prepareForm`: normalised spec, user schema, uiSchema,
 * secret paths) once; the query cache keeps it, so every mount gets the same objects. Prefetchable by hosts.
 */
export function preparedFormQuery({ definition, template, registryUrl }: PreparedFormQueryInput) {
  const { partialDefaultConfig, userConfigSpec } = template;
  const { sourceDefinitionId, dockerImageTag, spec } = definition;
  // Preparing is deterministic: its errors are not retryable, so `retryOnce` does not retry them.
  return cachedQuery<PreparedForm>(
    [
      "prepared-form",
      registryUrl ?? "default",
      sourceDefinitionId,
      dockerImageTag,
      template.id,
      digest([partialDefaultConfig, userConfigSpec]),
    ],
    // With the interpreter loaded, the check of a oneOf's defaults (`isDefaultComplete`) does not compile with ajv; a
    // failed load is the form's to report (as the `validator` step).
    async () =>
      (await Promise.all([loadSpecEngine(), loadSchemaInterpreter().catch(() => {})]))[0].prepareForm(
        spec.connectionSpecification,
        { partialDefaultConfig, userConfigSpec },
      ),
    Infinity,
  );
}
