import type { EmbeddedClient, RegistryClient, SourceDefinition, SourceTemplate } from "@credential-form/core";
import { queryOptions } from "@tanstack/react-query";

/** Root of every query key this package uses (keys never contain the widget token). */
export const credentialFormQueryKey = ["credential-form"] as const;

/** Input of {@link connectorSpecQuery}. */
export interface ConnectorSpecQueryInput {
  /** The registry client that loads the definition. */
  registry: RegistryClient;
  /** The connector's source definition id. */
  sourceDefinitionId: string;
  /** Registry URL, only to keep caches of different registries apart. @default "default" */
  registryUrl?: string;
}

function isRetryable(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { retryable?: unknown }).retryable === true;
}

/** Retries once, and only errors that say a retry may help (never 4xx). */
export function retryOnce(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && isRetryable(error);
}

/** TanStack Query options loading a connector definition (and its spec) from the registry; prefetchable by hosts. */
export function connectorSpecQuery({ registry, sourceDefinitionId, registryUrl }: ConnectorSpecQueryInput) {
  return queryOptions<SourceDefinition>({
    queryKey: [...credentialFormQueryKey, "connector-spec", registryUrl ?? "default", sourceDefinitionId],
    queryFn: ({ signal }) => registry.getSourceDefinition({ sourceDefinitionId }, { signal }),
    staleTime: 60 * 60 * 1000,
    retry: retryOnce,
    retryDelay: 300,
  });
}

/** Input of {@link sourceTemplateQuery}. */
export interface SourceTemplateQueryInput {
  /** The Embedded API client (it carries the token; the token is not part of the key). */
  client: EmbeddedClient;
  /** The source template id. */
  templateId: string;
  /** API base URL, only to keep caches of different APIs apart. @default "default" */
  baseUrl?: string;
}

/** TanStack Query options loading a source template from the Embedded API; prefetchable by hosts. */
export function sourceTemplateQuery({ client, templateId, baseUrl }: SourceTemplateQueryInput) {
  return queryOptions<SourceTemplate>({
    queryKey: [...credentialFormQueryKey, "source-template", baseUrl ?? "default", templateId],
    queryFn: ({ signal }) => client.getSourceTemplate(templateId, { signal }),
    staleTime: 5 * 60 * 1000,
    retry: retryOnce,
    retryDelay: 300,
  });
}
