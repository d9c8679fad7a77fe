import type { CreatedSource, EmbeddedClient, SourceTemplate } from "@credential-form/core";

/** How far a server's clock may be behind ours when matching a connector's `created_at`. */
const CLOCK_SKEW_MS = 60_000;

/** What was sent in the create whose outcome is unknown. */
export interface SentCreate {
  template: SourceTemplate;
  /** The name sent, if any (else the server picks one: not matched). */
  name: string | undefined;
  /** `Date.now()` just before the create was sent. */
  sentAt: number;
}

/**
 * Asks Airbyte whether an ambiguous create landed: the newest of the workspace's connectors from the same template
 * (and name, when one was sent) created since the create was sent. Resolves null when there is none; rejects when
 * the list cannot be read (or the flavour has none).
 */
export async function findCreatedSource(
  client: EmbeddedClient,
  sent: SentCreate,
): Promise<CreatedSource | null> {
  const connectors = await client.listConnectors();
  let found: (typeof connectors)[number] | null = null;
  let foundAt = Number.NEGATIVE_INFINITY;
  for (const connector of connectors) {
    const createdAt = connector.createdAt === null ? Number.NaN : Date.parse(connector.createdAt);
    if (!(createdAt >= sent.sentAt - CLOCK_SKEW_MS) || createdAt < foundAt) continue;
    if (connector.template.id !== sent.template.id) continue;
    if (sent.name !== undefined && connector.name !== sent.name) continue;
    found = connector;
    foundAt = createdAt;
  }
  if (!found) return null;
  return {
    id: found.id,
    name: found.name,
    sourceDefinitionId: sent.template.sourceDefinitionId,
    raw: null,
  };
}
