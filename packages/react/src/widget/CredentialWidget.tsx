import type { ConnectorSummary, SourceTemplateSummary } from "@credential-form/core";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CredentialForm } from "../CredentialForm.js";
import { ConnectorList } from "../connectors/ConnectorList.js";
import { defaultConnectorMessages } from "../edit/connectorMessages.js";
import type { CredentialFormEvent, CredentialFormSourceSummary } from "../events.js";
import { useEmbeddedClient } from "../useEmbeddedClient.js";
import { useResolvedQueryClient } from "../useResolvedQueryClient.js";
import { BackButton } from "./BackButton.js";
import type { CredentialWidgetProps } from "./CredentialWidgetProps.js";
import type { DialogCloseReason } from "./Dialog.js";
import { SourceTemplatePicker } from "./SourceTemplatePicker.js";
import { useOAuthReturn } from "./useOAuthReturn.js";
import { useWidgetConnections } from "./useWidgetConnections.js";
import { WidgetFrame } from "./WidgetFrame.js";
import type { CredentialWidgetEvent, WidgetCloseReason } from "./widgetEvents.js";

export type { CredentialWidgetProps } from "./CredentialWidgetProps.js";

import { defaultWidgetMessages } from "./widgetMessages.js";

type View =
  | { kind: "home" }
  | { kind: "picker" }
  | { kind: "connections" }
  | { kind: "edit"; connector: ConnectorSummary }
  | { kind: "form"; template: SourceTemplateSummary; run: number }
  | { kind: "success"; template: SourceTemplateSummary; source: CredentialFormSourceSummary };

/**
 * The drop-in widget: a source template picker, then `<CredentialForm>` for the chosen template (with Back),
 * then a success view — inside an accessible modal dialog, or inline. When the end user has connections (current
 * API), it opens on their list (Edit, Delete; "Add a connection" leads to the picker), as Airbyte's widget does.
 * After a full-page OAuth consent started in its form, the page's new widget opens on that template's form, which
 * restores the non-secret values and shows Connected (see `onOAuthReturn`).
 */
export function CredentialWidget(props: CredentialWidgetProps) {
  const { inline = false, messages: overrides, locale, colorScheme, className } = props;
  const latest = useRef(props);
  latest.current = props;
  const emit = useCallback((event: CredentialWidgetEvent) => latest.current.onEvent?.(event), []);
  const oauthReturn = useOAuthReturn(props.onOAuthReturn);
  const [view, setView] = useState<View>(() => {
    const id = oauthReturn ?? props.templateId;
    return id === undefined
      ? { kind: "home" }
      : { kind: "form", template: { id, name: id, icon: null }, run: 0 };
  });
  const onFormEvent = useCallback(
    (event: CredentialFormEvent) => {
      // Started from a bare template id: the title names the connector once the form knows it.
      if (event.type === "ready") {
        setView((current) =>
          current.kind === "form" && current.template.name === current.template.id
            ? { ...current, template: { ...current.template, name: event.connectorName } }
            : current,
        );
      }
      emit(event);
    },
    [emit],
  );
  const messages = useMemo(
    () => ({ ...defaultWidgetMessages, ...locale?.messages, ...overrides }),
    [locale, overrides],
  );

  const queryClient = useResolvedQueryClient(props.queryClient);

  const runs = useRef(0);

  const [uncontrolledOpen, setUncontrolledOpen] = useState(oauthReturn !== null || !!props.defaultOpen);
  const isOpen = inline || (props.open ?? uncontrolledOpen);
  const closeReason = useRef<WidgetCloseReason | null>(null);
  const requestClose = useCallback((reason: WidgetCloseReason) => {
    closeReason.current = reason;
    latest.current.onClose?.(reason);
    if (latest.current.open === undefined) setUncontrolledOpen(false);
  }, []);
  const onDialogClose = (reason: DialogCloseReason) => {
    if (view.kind !== "success") emit({ type: "cancel" });
    requestClose(reason);
  };

  // open/close events follow what is shown, whoever changed it (user, host prop, vanilla API).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (inline || isOpen === wasOpen.current) return;
    wasOpen.current = isOpen;
    if (isOpen) {
      emit({ type: "open" });
    } else {
      emit({ type: "close", reason: closeReason.current ?? "api" });
      closeReason.current = null;
      // A finished flow starts over next time; an interrupted one keeps the user's place and input.
      setView((current) => (current.kind === "success" ? { kind: "home" } : current));
    }
  }, [inline, isOpen, emit]);

  // After a view change (not the first render), move focus to the new title so it is announced.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const viewKey = view.kind === "form" ? `form:${view.template.id}:${view.run}` : view.kind;
  const shownView = useRef(viewKey);
  useEffect(() => {
    if (viewKey === shownView.current) return;
    shownView.current = viewKey;
    if (isOpen) titleRef.current?.focus();
  }, [viewKey, isOpen]);

  const choose = useCallback(
    (template: SourceTemplateSummary) => {
      runs.current += 1;
      emit({ type: "template_selected", templateId: template.id, templateName: template.name });
      setView({ kind: "form", template, run: runs.current });
    },
    [emit],
  );
  const back = useCallback(() => setView({ kind: "picker" }), []);
  const toConnections = useCallback(() => setView({ kind: "connections" }), []);

  const { token, baseUrl, registryUrl, flavour, fetch: fetchOption, workspaceName, check } = props;
  const { oauthRedirectUrl, oauthMode } = props;
  // One token provider and one API client for the picker and the form.
  const { client, provider, known } = useEmbeddedClient(props);
  const connections = useWidgetConnections({
    client,
    queryClient,
    baseUrl,
    enabled: isOpen && (flavour === undefined || flavour === "agent-api"),
  });
  const { hasConnections, refresh: refreshConnections } = connections;
  const connectorMessages = { ...defaultConnectorMessages, ...locale?.connectorMessages };
  let shown = view;
  if (view.kind === "home")
    shown = connections.loading ? view : hasConnections ? { kind: "connections" } : { kind: "picker" };
  const sharedToken = useMemo(() => ({ provider, known }), [provider, known]);
  const common = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(fetchOption === undefined ? {} : { fetch: fetchOption }),
  };

  // The first view is known once the connections are: it gets the dialog's initial focus (the picker's search).
  const resolved = view.kind === "home" ? shown.kind : null;
  useEffect(() => {
    if (inline || resolved === null || resolved === "home") return;
    const dialog = titleRef.current?.closest<HTMLElement>('[role="dialog"]');
    if (dialog?.contains(document.activeElement))
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [resolved, inline]);
  const backTo = (onClick: () => void, label = messages.back) => (
    <BackButton label={label} onClick={onClick} />
  );
  let title: string;
  let body: ReactNode;
  if (shown.kind === "home") {
    title = messages.dialogTitle;
    body = (
      <div className="cf-skeleton" aria-busy="true">
        <span className="cf-visually-hidden">{messages.loading}</span>
      </div>
    );
  } else if (shown.kind === "connections") {
    title = connectorMessages.connectionsTitle;
    body = (
      <ConnectorList
        token={token}
        {...common}
        queryClient={queryClient}
        {...(locale === undefined ? {} : { locale })}
        {...(colorScheme === undefined ? {} : { colorScheme })}
        heading={false}
        onEdit={(connector) => setView({ kind: "edit", connector })}
        onAdd={back}
      />
    );
  } else if (shown.kind === "edit") {
    const { connector } = shown;
    title = connectorMessages.editConnection(connector.name);
    body = (
      <>
        {backTo(toConnections, connectorMessages.backToConnections)}
        <CredentialForm
          key={connector.id}
          token={token}
          connectorId={connector.id}
          {...common}
          {...(registryUrl === undefined ? {} : { registryUrl })}
          {...(oauthRedirectUrl === undefined ? {} : { oauthRedirectUrl })}
          {...(colorScheme === undefined ? {} : { colorScheme })}
          queryClient={queryClient}
          messages={messages}
          {...(locale === undefined ? {} : { locale })}
          onEvent={emit}
          onSuccess={refreshConnections}
        />
      </>
    );
  } else if (shown.kind === "picker") {
    title = messages.dialogTitle;
    body = (
      <>
        {view.kind === "picker" &&
          hasConnections &&
          backTo(toConnections, connectorMessages.backToConnections)}
        <SourceTemplatePicker
          token={token}
          {...common}
          {...(flavour === undefined ? {} : { flavour })}
          queryClient={queryClient}
          messages={messages}
          onSelect={choose}
          {...(colorScheme === undefined ? {} : { colorScheme })}
        />
      </>
    );
  } else if (shown.kind === "form") {
    const { template } = shown;
    const name = typeof props.name === "function" ? props.name(template) : props.name;
    title = messages.connectTitle(template.name);
    body = (
      <>
        {backTo(back)}
        <CredentialForm
          key={`${template.id}:${shown.run}`}
          token={token}
          template={{ id: template.id }}
          {...common}
          {...(registryUrl === undefined ? {} : { registryUrl })}
          {...(flavour === undefined ? {} : { flavour })}
          {...(workspaceName === undefined ? {} : { workspaceName })}
          {...(check === undefined ? {} : { check })}
          {...(oauthRedirectUrl === undefined ? {} : { oauthRedirectUrl })}
          {...(oauthMode === undefined ? {} : { oauthMode })}
          {...(name === undefined ? {} : { name })}
          {...(colorScheme === undefined ? {} : { colorScheme })}
          queryClient={queryClient}
          messages={messages}
          {...(locale === undefined ? {} : { locale })}
          onEvent={onFormEvent}
          onSuccess={(source) => {
            setView({ kind: "success", template, source });
            refreshConnections();
            latest.current.onSuccess?.(source, template);
          }}
        />
      </>
    );
  } else {
    title = messages.successTitle;
    body = (
      <>
        <p className="cf-success" role="status">
          {messages.created(shown.template.name)}
        </p>
        <div className="cf-actions">
          {!inline && (
            <button
              type="button"
              className="cf-button cf-button-primary"
              onClick={() => requestClose("done")}
            >
              {messages.done}
            </button>
          )}
          <button type="button" className="cf-button" onClick={back}>
            {messages.connectAnother}
          </button>
        </div>
      </>
    );
  }

  // Mounted on first open, then kept (hidden) so closing and reopening keeps the user's place.
  const opened = useRef(false);
  if (isOpen) opened.current = true;
  if (!opened.current) return null;
  return (
    <WidgetFrame
      inline={inline}
      open={isOpen}
      title={title}
      titleRef={titleRef}
      view={shown.kind}
      onRequestClose={onDialogClose}
      closeLabel={messages.close}
      container={props.container}
      className={className}
      colorScheme={colorScheme}
      token={sharedToken}
      client={client}
    >
      {body}
    </WidgetFrame>
  );
}
