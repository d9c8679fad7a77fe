/**
 * UI strings of edit mode and the connections list (`@credential-form/react/connectors`), passed in the same
 * `messages` prop as the form's. Apart from `CredentialFormMessages` (and `messages.ts`) so a form that only
 * creates does not ship them.
 */
export interface ConnectorMessages {
  /** Edit mode: label of the save button. */
  editSave: string;
  /** Edit mode: label of the save button while the changes are checked and saved. */
  editSaving: string;
  /** Edit mode: shown when the user saves without having changed anything. */
  editNothingToSave: string;
  /** Edit mode: shown once the changes are saved. */
  editSaved: string;
  /** Edit mode: shown when the connection cannot be loaded. */
  editLoadError: string;
  /** Edit mode: shown when the changes cannot be saved for another reason. */
  editSubmitError: string;
  /** Edit mode: the state of a stored secret the user has not replaced (the value itself is never shown). */
  secretUnchanged: string;
  /** Edit mode: visible text of a stored secret's replace button. */
  replace: string;
  /** Edit mode: accessible name of a stored secret's replace button. */
  replaceSecret: (label: string) => string;
  /** Edit mode: visible text of the button that goes back to the stored secret. */
  keep: string;
  /** Edit mode: accessible name of the button that goes back to the stored secret. */
  keepSecret: (label: string) => string;
  /** Visible text of the button removing a stored optional secret. */
  remove: string;
  /** Accessible name of that button. */
  removeSecret: (label: string) => string;
  /** State of a stored secret the user removed (it is deleted on save). */
  secretRemoved: string;
  /** Edit mode: the OAuth option of a connector stored with it (its grant is kept; no new consent is possible). */
  editOAuthKept: (connector: string) => string;
  /** Edit mode: the OAuth option of a connector stored with another option (a consent cannot be saved here). */
  editOAuthUnavailable: (connector: string) => string;
  /** Connections list: its heading. */
  connectionsTitle: string;
  /** Connections list: the button leading to the template picker. */
  addConnection: string;
  /** Label of the button going back from the template picker to the connections list (drop-in widget). */
  backToConnections: string;
  /** Connections list: shown when the user has none. */
  noConnections: string;
  /** Connections list: shown when the list cannot be loaded. */
  connectionsLoadError: string;
  /** Connections list: visible text of an entry's edit button. */
  edit: string;
  /** Connections list: accessible name of an entry's edit button. */
  editConnection: (name: string) => string;
  /** Connections list: visible text of an entry's delete button and of the confirm button. */
  delete: string;
  /** Connections list: accessible name of an entry's delete button. */
  deleteConnection: (name: string) => string;
  /** Connections list: the confirmation dialog's cancel (and close) button. */
  cancelDelete: string;
  /** Connections list: title of the delete confirmation dialog. */
  confirmDeleteTitle: (name: string) => string;
  /** Connections list: text of the delete confirmation dialog. */
  confirmDeleteText: string;
  /** Connections list: label of the confirm button while deleting. */
  deleting: string;
  /** Connections list: shown when a delete failed. */
  deleteError: (name: string) => string;
  /** Connections list: when an entry was created (`date` already formatted). */
  connectionCreated: (date: string) => string;
  /** Connections list: when an entry was last updated (`date` already formatted). */
  connectionUpdated: (date: string) => string;
}

/** The English strings of edit mode and the connections list. */
export const defaultConnectorMessages: ConnectorMessages = {
  editSave: "Save changes",
  editSaving: "Saving…",
  editNothingToSave: "Nothing to save: you have not changed anything.",
  editSaved: "Your changes have been saved.",
  editLoadError: "We couldn't load this connection.",
  editSubmitError: "We couldn't save your changes. Please try again.",
  secretUnchanged: "Unchanged (stored securely)",
  replace: "Replace",
  replaceSecret: (label) => `Replace ${label}`,
  keep: "Keep stored value",
  keepSecret: (label) => `Keep stored value of ${label}`,
  remove: "Remove",
  removeSecret: (label) => `Remove ${label}`,
  secretRemoved: "Removed (deleted when you save)",
  editOAuthKept: (connector) =>
    `Connected with ${connector}. The authorisation stored with this connection is kept.`,
  editOAuthUnavailable: (connector) =>
    `Connecting with ${connector} is not available when editing a connection. Choose another option, or create a new connection.`,
  connectionsTitle: "Your connections",
  addConnection: "Add a connection",
  backToConnections: "Back to your connections",
  noConnections: "You have no connections yet.",
  connectionsLoadError: "We couldn't load your connections.",
  edit: "Edit",
  editConnection: (name) => `Edit ${name}`,
  delete: "Delete",
  deleteConnection: (name) => `Delete ${name}`,
  cancelDelete: "Keep it",
  confirmDeleteTitle: (name) => `Delete ${name}?`,
  confirmDeleteText: "The connection and its stored credentials will be removed. This cannot be undone.",
  deleting: "Deleting…",
  deleteError: (name) => `We couldn't delete ${name}. Please try again.`,
  connectionCreated: (date) => `Created ${date}`,
  connectionUpdated: (date) => `Updated ${date}`,
};
