import type { ConnectorSummary } from "@credential-form/core";
import { useCallback, useId } from "react";
import { styleRoot } from "../theme/styleRoot.js";
import { injectStyles } from "../theme/styles.js";
import { Dialog } from "../widget/Dialog.js";
import { safeIconSrc } from "../widget/safeIconSrc.js";
import { type UseConnectorListOptions, useConnectorList } from "./useConnectorList.js";

/** Props of {@link ConnectorList}. */
export interface ConnectorListProps extends UseConnectorListOptions {
  /** Called when the user chooses Edit on a connection. */
  onEdit: (connector: ConnectorSummary) => void;
  /** Called by "Add a connection"; the button only shows when this is set. */
  onAdd?: () => void;
  /** Formats a timestamp for display. @default date and time in the `locale` pack's language (else the browser's) */
  formatDate?: (date: Date) => string;
  /** Label of the Retry button. @default the `locale` pack's `messages.retry`, else "Retry" */
  retryLabel?: string;
  /** Class added to the root element (which always has `cf-root cf-connectors`). */
  className?: string;
  /** Force the light or dark token set; by default it follows `prefers-color-scheme`. */
  colorScheme?: "light" | "dark";
  /** Show the list's own heading (off where the surrounding view already names it, as the widget's title does). @default true */
  heading?: boolean;
}

const formatIn = (code: string | undefined) => (date: Date) =>
  date.toLocaleString(code, { dateStyle: "medium", timeStyle: "short" });

/** The end user's connections, each with its icon, name, times, Edit and Delete (confirmed in a dialog). */
export function ConnectorList(props: ConnectorListProps) {
  const { onEdit, onAdd, className, colorScheme, locale, heading = true } = props;
  const formatDate = props.formatDate ?? formatIn(locale?.code);
  const list = useConnectorList(props);
  const { messages } = list;
  const titleId = useId();
  const ref = useCallback((element: HTMLElement | null) => {
    if (element) injectStyles(styleRoot(element));
  }, []);
  const time = (value: string | null, label: (date: string) => string) => {
    if (!value) return null;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return null;
    return <time dateTime={value}>{label(formatDate(date))}</time>;
  };

  let body: React.ReactNode;
  if (list.status === "error") {
    body = (
      <div role="alert" className="cf-alert">
        <span>{messages.connectionsLoadError}</span>
        <button type="button" className="cf-button" onClick={list.retry}>
          {props.retryLabel ?? locale?.messages.retry ?? "Retry"}
        </button>
      </div>
    );
  } else if (list.status === "loading") {
    body = <div className="cf-skeleton" aria-hidden="true" />;
  } else if (list.connectors.length === 0) {
    body = <p className="cf-connectors-empty">{messages.noConnections}</p>;
  } else {
    body = (
      <ul className="cf-connector-list">
        {list.connectors.map((connector) => {
          const icon = safeIconSrc(connector.template.icon);
          return (
            <li key={connector.id} className="cf-connector">
              {icon && <img src={icon} alt="" width={24} height={24} className="cf-connector-icon" />}
              <span className="cf-connector-name">{connector.name}</span>
              <span className="cf-connector-meta">
                {connector.template.name} {time(connector.createdAt, messages.connectionCreated)}{" "}
                {time(connector.updatedAt, messages.connectionUpdated)}
              </span>
              <button
                type="button"
                className="cf-button"
                aria-label={messages.editConnection(connector.name)}
                onClick={() => onEdit(connector)}
              >
                {messages.edit}
              </button>
              <button
                type="button"
                className="cf-button"
                aria-label={messages.deleteConnection(connector.name)}
                onClick={() => list.requestDelete(connector)}
              >
                {messages.delete}
              </button>
            </li>
          );
        })}
      </ul>
    );
  }
  const pending = list.pendingDelete;
  return (
    <section
      ref={ref}
      className={className ? `cf-root cf-connectors ${className}` : "cf-root cf-connectors"}
      aria-labelledby={heading ? titleId : undefined}
      aria-busy={list.status === "loading"}
      data-theme={colorScheme}
      lang={locale?.code}
    >
      {heading && <h2 id={titleId}>{messages.connectionsTitle}</h2>}
      {body}
      {onAdd && (
        <button type="button" className="cf-button cf-button-primary" onClick={onAdd}>
          {messages.addConnection}
        </button>
      )}
      <Dialog
        open={pending !== null}
        onRequestClose={list.cancelDelete}
        title={pending ? messages.confirmDeleteTitle(pending.name) : ""}
        closeLabel={messages.cancelDelete}
        {...(colorScheme ? { colorScheme } : {})}
      >
        <p>{messages.confirmDeleteText}</p>
        {list.deleteError && (
          <div role="alert" className="cf-alert">
            {list.deleteError}
          </div>
        )}
        <div className="cf-actions">
          <button type="button" className="cf-button" onClick={list.cancelDelete} data-autofocus>
            {messages.cancelDelete}
          </button>
          <button
            type="button"
            className="cf-button cf-button-primary"
            disabled={list.deleting}
            onClick={() => void list.confirmDelete()}
          >
            {list.deleting ? messages.deleting : messages.delete}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
