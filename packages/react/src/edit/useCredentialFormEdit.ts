import { useEffect, useRef } from "react";
import { toEventError } from "../toEventError.js";
import type { CredentialFormLoadError } from "../useCredentialFormData.js";
import type { UseCredentialFormEditOptions } from "../useCredentialFormTypes.js";
import { useConnector } from "./useConnector.js";
import { useConnectorEdit } from "./useConnectorEdit.js";
import type { UseConnectorEditResult } from "./useConnectorEditTypes.js";

/**
 * `useCredentialForm({ connectorId })`: loads the end user's connector (`useConnector`) and edits it
 * (`useConnectorEdit`); a connector that cannot be loaded is a load error (`kind: "connector"`) with Retry, reported
 * like create mode's (`error` event, `onError`).
 */
export function useCredentialFormEdit(options: UseCredentialFormEditOptions): UseConnectorEditResult {
  const { connectorId, ...rest } = options;
  const { connector, client, error, retry } = useConnector(options);
  const form = useConnectorEdit({
    ...rest,
    // While another id loads, the query has no data for it yet; never edit a connector under the wrong id.
    connector: connector?.id === connectorId ? connector : null,
    client,
  });
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (!error) return;
    latest.current.onEvent?.({ type: "error", phase: "load", error: toEventError(error) });
    latest.current.onError?.(error);
  }, [error]);
  if (!error) return form;
  const loadError: CredentialFormLoadError = {
    kind: "connector",
    message: form.messages.editLoadError,
    error,
  };
  return {
    ...form,
    status: "error",
    loadError,
    retry,
    getRootProps: (props) => ({ ...form.getRootProps(props), "aria-busy": false, "data-status": "error" }),
    getRetryButtonProps: () => ({ type: "button", onClick: retry }),
  };
}
