import type { Connector, EmbeddedClient } from "@credential-form/core";
import type { ErrorSchema } from "@rjsf/utils";
import type { CredentialFormMessages } from "../messages.js";
import type { UseCredentialFormEditOptions, UseCredentialFormResult } from "../useCredentialFormTypes.js";
import type { ConnectorMessages } from "./connectorMessages.js";

/** Options of {@link useConnectorEdit}: edit mode's options, with the connector itself instead of its id. */
export interface UseConnectorEditOptions extends Omit<UseCredentialFormEditOptions, "connectorId"> {
  /** The loaded connector (`useConnector`); `null` while it loads (the form is `loading`). */
  connector: Connector | null;
  /** The Agent API client that loaded it (`useConnector`). */
  client: EmbeddedClient;
}

/** Where an edit stands: `nothing` when the user saved an unchanged form. */
export type ConnectorEditStatus = "idle" | "checking" | "saving" | "saved" | "nothing" | "error";

/** The edit's own state over the form's (internal): its status, field errors, submit error and announcement. */
export interface EditState {
  status: ConnectorEditStatus;
  errors: { errorSchema: ErrorSchema; count: number } | null;
  submitError: { message: string; error: Error; retryable: boolean } | null;
  announcement: string;
}

/** What {@link useConnectorEdit} returns: the form's result, its submit turned into an update. */
export interface UseConnectorEditResult extends UseCredentialFormResult {
  /** Merged UI strings, edit mode's included. */
  messages: CredentialFormMessages & ConnectorMessages;
  editStatus: ConnectorEditStatus;
  /** JSON pointers of the stored secrets the user has not replaced (shown as "unchanged"). */
  keptSecrets: ReadonlySet<string>;
  /** Lets the user type a new value for a stored secret. */
  replaceSecret: (pointer: string) => void;
  /** Goes back to the stored secret (the typed value is dropped). */
  keepSecret: (pointer: string) => void;
  /** JSON pointers of the stored optional secrets the user removed (sent as `null` on save). */
  clearedSecrets: ReadonlySet<string>;
  /** Removes a stored optional secret (undone by `keepSecret`). */
  clearSecret: (pointer: string) => void;
}
