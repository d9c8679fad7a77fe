/**
 * Edit mode's code as one chunk, which `loadEditMode` downloads on demand: the form `<CredentialForm connectorId>`
 * renders and the hook `useCredentialForm({ connectorId })` runs.
 */
export { ConnectorEditForm } from "./ConnectorEditForm.js";
export { useCredentialFormEdit } from "./useCredentialFormEdit.js";
