import type { CredentialFormContext } from "../theme/formMessages.js";

/** The form context in edit mode: which secret fields hold a stored value the user has not replaced. */
export interface ConnectorEditContext extends CredentialFormContext {
  /** RJSF field id → JSON pointer of each kept (stored, unchanged) secret. */
  keptSecrets?: ReadonlyMap<string, string>;
  replaceSecret?: (pointer: string) => void;
  keepSecret?: (pointer: string) => void;
  /** RJSF field id → JSON pointer of each stored secret the user removed. */
  clearedSecrets?: ReadonlyMap<string, string>;
  clearSecret?: (pointer: string) => void;
  /** The connector's config as stored (secrets masked): tells the OAuth option whether it holds the grant. */
  storedConfig?: Readonly<Record<string, unknown>> | undefined;
}
