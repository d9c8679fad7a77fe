import type { CreatedSource, EmbeddedClient } from "@credential-form/core";
import { CreateOutcomeUnknownError } from "./CreateOutcomeUnknownError.js";
import { findCreatedSource, type SentCreate } from "./findCreatedSource.js";

/**
 * After a create of unknown outcome (`error`): the source if Airbyte lists it, else `error` again (nothing was
 * created: Retry is safe), or {@link CreateOutcomeUnknownError} when Airbyte cannot be asked. Loaded on demand:
 * most forms never need it.
 */
export async function resolveAmbiguousCreate(
  client: EmbeddedClient,
  sent: SentCreate,
  error: Error,
  message: string,
): Promise<CreatedSource> {
  let found: CreatedSource | null;
  try {
    found = await findCreatedSource(client, sent);
  } catch {
    throw new CreateOutcomeUnknownError(message, error);
  }
  if (found) return found;
  throw error;
}
