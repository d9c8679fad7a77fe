import type { CredentialFormEvent, CredentialFormLocale } from "@credential-form/react";
import { ConnectorEditForm, ConnectorList, connectorsQueryKey } from "@credential-form/react/connectors";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

/** Props of {@link Connections}. */
export interface ConnectionsProps {
  token: () => Promise<string>;
  baseUrl: string;
  registryUrl: string;
  onEvent: (event: CredentialFormEvent) => void;
  /** Called after an edit was saved or a connection deleted. */
  onChanged: () => void;
  /** The locale pack the demo's switch chose (English when undefined). */
  locale?: CredentialFormLocale | undefined;
}

/** The end user's connections (current API): the list, and the edit form of the one chosen. */
export function Connections(props: ConnectionsProps) {
  const { token, baseUrl, registryUrl, onEvent, onChanged, locale } = props;
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const queryClient = useQueryClient();
  const back = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: connectorsQueryKey(baseUrl) });
  };
  if (editing) {
    return (
      <div>
        <h3>Edit {editing.name}</h3>
        <ConnectorEditForm
          connectorId={editing.id}
          token={token}
          baseUrl={baseUrl}
          registryUrl={registryUrl}
          onEvent={onEvent}
          onSuccess={onChanged}
          onCancel={back}
          // The demo's own English wording of Cancel; under another language the pack's word stays.
          {...(locale && locale.code !== "en" ? { locale } : { messages: { cancel: "Back to the list" } })}
        />
      </div>
    );
  }
  return (
    <ConnectorList
      token={token}
      baseUrl={baseUrl}
      {...(locale ? { locale } : {})}
      onEdit={(connector) => setEditing({ id: connector.id, name: connector.name })}
    />
  );
}
