/**
 * `@credential-form/react/connectors` — the end user's existing connections: the list (edit, delete) and the edit
 * form with its hooks. An entry of its own, so that hosts which only create sources do not ship it.
 */
export type { ConnectorEditContext } from "../edit/ConnectorEditContext.js";
export type { ConnectorEditFormProps } from "../edit/ConnectorEditForm.js";
export { ConnectorEditForm } from "../edit/ConnectorEditForm.js";
export type { ConnectorMessages } from "../edit/connectorMessages.js";
export { defaultConnectorMessages } from "../edit/connectorMessages.js";
export { KeptSecretWidget } from "../edit/KeptSecretWidget.js";
export type {
  UseConnectorResult,
  UseConnectorsClientOptions,
} from "../edit/useConnector.js";
export { connectorQueryKey, useConnector, useConnectorsClient } from "../edit/useConnector.js";
export type {
  ConnectorEditStatus,
  UseConnectorEditOptions,
  UseConnectorEditResult,
} from "../edit/useConnectorEdit.js";
export { useConnectorEdit } from "../edit/useConnectorEdit.js";
export type { ConnectorListProps } from "./ConnectorList.js";
export { ConnectorList } from "./ConnectorList.js";
export type { UseConnectorListOptions, UseConnectorListResult } from "./useConnectorList.js";
export { connectorsQueryKey, refreshConnectorList, useConnectorList } from "./useConnectorList.js";
