import type { WidgetProps } from "@rjsf/utils";
import { type ReactNode, useEffect, useRef } from "react";
import type { CredentialFormMessages } from "../messages.js";
import { formMessages } from "../theme/formMessages.js";
import { SecretWidget } from "../theme/SecretWidget.js";
import type { ConnectorEditContext } from "./ConnectorEditContext.js";
import { type ConnectorMessages, defaultConnectorMessages } from "./connectorMessages.js";

/**
 * A stored secret with no input: its state ("unchanged" or "removed") as text, and the button that leaves that
 * state (it carries the field's id, so the label points at it, and is described by the state).
 */
function StoredSecretState(props: {
  id: string;
  state: "unchanged" | "removed";
  text: string;
  action: string;
  actionLabel: string;
  disabled: boolean | undefined;
  onAction: () => void;
  children?: ReactNode;
}) {
  const statusId = `${props.id}__${props.state}`;
  return (
    <div className="cf-secret cf-secret-kept">
      <span id={statusId} className="cf-secret-unchanged">
        {props.text}
      </span>
      <button
        type="button"
        id={props.id}
        className="cf-button"
        aria-label={props.actionLabel}
        aria-describedby={statusId}
        disabled={props.disabled}
        onClick={props.onAction}
      >
        {props.action}
      </button>
      {props.children}
    </div>
  );
}

/**
 * The secret widget of edit mode: a stored secret the user has not replaced shows as "unchanged" (its value, or
 * the server's mask, is never in the page) with a Replace button; once replacing, the usual secret input and a
 * button to keep the stored value after all.
 */
export function KeptSecretWidget(props: WidgetProps) {
  const { id, label, disabled } = props;
  const context = props.registry.formContext as ConnectorEditContext | undefined;
  const messages = {
    ...defaultConnectorMessages,
    ...formMessages(props.registry),
  } as CredentialFormMessages & ConnectorMessages;
  const keptPointer = context?.keptSecrets?.get(id);
  const clearedPointer = context?.clearedSecrets?.get(id);
  const replacing = useRef(false);
  const name = label || id;
  // Once the user chose Replace, the new input takes the focus (it replaced the button that had it).
  useEffect(() => {
    if (keptPointer === undefined && replacing.current) {
      replacing.current = false;
      document.getElementById(id)?.focus();
    }
  }, [keptPointer, id]);
  const pointer = useRef<string | null>(null);
  if (keptPointer !== undefined) pointer.current = keptPointer;

  if (clearedPointer !== undefined) {
    // Removed: nothing to type, it goes on save; the user can still keep the stored value.
    return (
      <StoredSecretState
        id={id}
        state="removed"
        text={messages.secretRemoved}
        action={messages.keep}
        actionLabel={messages.keepSecret(name)}
        disabled={disabled}
        onAction={() => context?.keepSecret?.(clearedPointer)}
      />
    );
  }

  if (keptPointer !== undefined) {
    return (
      <StoredSecretState
        id={id}
        state="unchanged"
        text={messages.secretUnchanged}
        action={messages.replace}
        actionLabel={messages.replaceSecret(name)}
        disabled={disabled}
        onAction={() => {
          replacing.current = true;
          context?.replaceSecret?.(keptPointer);
        }}
      >
        {/* An optional secret can also be removed from the connector. */}
        {!props.required && context?.clearSecret && (
          <button
            type="button"
            className="cf-button"
            aria-label={messages.removeSecret(name)}
            aria-describedby={`${id}__unchanged`}
            disabled={disabled}
            onClick={() => {
              context.clearSecret?.(keptPointer);
              requestAnimationFrame(() => document.getElementById(id)?.focus());
            }}
          >
            {messages.remove}
          </button>
        )}
      </StoredSecretState>
    );
  }
  const stored = pointer.current;
  return (
    <div className="cf-secret-replace">
      <SecretWidget {...props} />
      {stored !== null && context?.keepSecret && (
        <button
          type="button"
          className="cf-button"
          aria-label={messages.keepSecret(name)}
          disabled={disabled}
          onClick={() => {
            props.onChange(undefined);
            context.keepSecret?.(stored);
            requestAnimationFrame(() => document.getElementById(id)?.focus());
          }}
        >
          {messages.keep}
        </button>
      )}
    </div>
  );
}
