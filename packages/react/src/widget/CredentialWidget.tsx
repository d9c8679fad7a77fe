import type { ApiFlavour, FlavourName, SourceTemplateSummary, TokenSource } from "@credential-form/core";
import type { QueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { CredentialForm } from "../CredentialForm.js";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import type { CredentialFormEvent, CredentialFormSourceSummary } from "../events.js";
import { sharedClientContext } from "../sharedClientContext.js";
import { sharedTokenContext } from "../sharedTokenContext.js";
import { useEmbeddedClient } from "../useEmbeddedClient.js";
import { useResolvedQueryClient } from "../useResolvedQueryClient.js";
import { adoptWidgetStyles } from "./adoptWidgetStyles.js";
import { Dialog, type DialogCloseReason } from "./Dialog.js";
import { SourceTemplatePicker } from "./SourceTemplatePicker.js";
import type { CredentialWidgetEvent, WidgetCloseReason } from "./widgetEvents.js";
import { type CredentialWidgetAllMessages, defaultWidgetMessages } from "./widgetMessages.js";

/** Props of {@link CredentialWidget}. */
export interface CredentialWidgetProps {
  /** Scoped token (or widget token) from the host backend, or a callback resolving to a fresh one. A new string keeps the user's input. */
  token: TokenSource;
  /** Receives the official widget events (`end_user_action_result`), the form's and the widget's own; never a secret. */
  onEvent?: (event: CredentialWidgetEvent) => void;
  /** Render in place (no dialog, always shown) instead of in a modal dialog. @default false */
  inline?: boolean;
  /** Whether the dialog is open (controlled). Leave undefined to let the widget manage it from `defaultOpen`. */
  open?: boolean;
  /** Initial open state when `open` is not controlled. @default false */
  defaultOpen?: boolean;
  /** The user (Escape, close button, Done) asks to close the dialog; a controlled host sets `open` to false. */
  onClose?: (reason: WidgetCloseReason) => void;
  /** Called once a source is created, with the template it was created from. */
  onSuccess?: (source: CredentialFormSourceSummary, template: SourceTemplateSummary) => void;
  /** Start at the form of this template instead of the picker (Back still leads to the picker). */
  templateId?: string;
  /** Embedded API base URL. @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** Connector registry URL. @default core's `DEFAULT_REGISTRY_URL` */
  registryUrl?: string;
  /** API generation used to list templates and create the source (older ones by name). @default "agent-api" */
  flavour?: FlavourName | ApiFlavour;
  /** The partner's name for this end user's workspace (current API). @default read from `scoped-token/info` */
  workspaceName?: string;
  /** Check the credentials before creating the source (flavours with a check endpoint). @default "before-create" */
  check?: "before-create" | "off";
  /** `fetch` used for every request (API and registry). @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * The host's OAuth callback page for connectors with `advanced_auth` (serve
   * `@credential-form/react/oauth-callback.html`, or call `completeOAuthRedirect()` there), on the page's origin.
   * @default `${location.origin}/oauth-callback.html`
   */
  oauthRedirectUrl?: string;
  /** Name of the created source (flavours that accept one), or a function of the chosen template. */
  name?: string | ((template: SourceTemplateSummary) => string);
  /** UI strings (the widget's and the form's), merged over the locale's (single keys win over the locale pack). */
  messages?: Partial<CredentialWidgetAllMessages>;
  /** A locale pack (`@credential-form/react/locales/<code>`) for every string and validation message. @default English */
  locale?: CredentialFormLocale;
  /** Force the light or dark token set; by default it follows `prefers-color-scheme`. */
  colorScheme?: "light" | "dark";
  /** Class added to the dialog (or inline root) element. */
  className?: string;
  /** Where the dialog is rendered. @default document.body (through a portal) */
  container?: Element | null;
  /** A QueryClient to use instead of the surrounding provider's (or an isolated one). */
  queryClient?: QueryClient;
}

type View =
  | { kind: "picker" }
  | { kind: "form"; template: SourceTemplateSummary; run: number }
  | { kind: "success"; template: SourceTemplateSummary; source: CredentialFormSourceSummary };

/**
 * The drop-in widget: a source template picker, then `<CredentialForm>` for the chosen template (with Back),
 * then a success view — inside an accessible modal dialog, or inline.
 */
export function CredentialWidget(props: CredentialWidgetProps) {
  const { inline = false, messages: overrides, locale, colorScheme, className } = props;
  const latest = useRef(props);
  latest.current = props;
  const emit = useCallback((event: CredentialWidgetEvent) => latest.current.onEvent?.(event), []);
  const [view, setView] = useState<View>(() =>
    props.templateId === undefined
      ? { kind: "picker" }
      : { kind: "form", template: { id: props.templateId, name: props.templateId, icon: null }, run: 0 },
  );
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

  const [uncontrolledOpen, setUncontrolledOpen] = useState(props.defaultOpen ?? false);
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
      setView((current) => (current.kind === "success" ? { kind: "picker" } : current));
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

  const { token, baseUrl, registryUrl, flavour, fetch: fetchOption, workspaceName, check } = props;
  const { oauthRedirectUrl } = props;
  // One token provider and one API client for the picker and the form.
  const { client, provider, known } = useEmbeddedClient(props);
  const sharedToken = useMemo(() => ({ provider, known }), [provider, known]);
  const common = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(fetchOption === undefined ? {} : { fetch: fetchOption }),
  };

  let title: string;
  let body: ReactNode;
  if (view.kind === "picker") {
    title = messages.dialogTitle;
    body = (
      <SourceTemplatePicker
        token={token}
        {...common}
        {...(flavour === undefined ? {} : { flavour })}
        queryClient={queryClient}
        messages={messages}
        onSelect={choose}
        {...(colorScheme === undefined ? {} : { colorScheme })}
      />
    );
  } else if (view.kind === "form") {
    const { template } = view;
    const name = typeof props.name === "function" ? props.name(template) : props.name;
    title = messages.connectTitle(template.name);
    body = (
      <>
        <button type="button" className="cf-button cf-widget-back" onClick={back}>
          <span aria-hidden="true" className="cf-back-arrow">
            ←{" "}
          </span>
          {messages.back}
        </button>
        <CredentialForm
          key={`${template.id}:${view.run}`}
          token={token}
          template={{ id: template.id }}
          {...common}
          {...(registryUrl === undefined ? {} : { registryUrl })}
          {...(flavour === undefined ? {} : { flavour })}
          {...(workspaceName === undefined ? {} : { workspaceName })}
          {...(check === undefined ? {} : { check })}
          {...(oauthRedirectUrl === undefined ? {} : { oauthRedirectUrl })}
          {...(name === undefined ? {} : { name })}
          {...(colorScheme === undefined ? {} : { colorScheme })}
          queryClient={queryClient}
          messages={messages}
          {...(locale === undefined ? {} : { locale })}
          onEvent={onFormEvent}
          onSuccess={(source) => {
            setView({ kind: "success", template, source });
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
          {messages.created(view.template.name)}
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

  const inlineTitleId = `${useId()}-title`;
  // Mounted on first open, then kept (hidden) so closing and reopening keeps the user's place.
  const opened = useRef(false);
  if (isOpen) opened.current = true;
  if (!opened.current) return null;

  if (inline) {
    return (
      <section
        className={["cf-root", "cf-widget", "cf-widget-inline", className].filter(Boolean).join(" ")}
        aria-labelledby={inlineTitleId}
        ref={adoptWidgetStyles}
        data-theme={colorScheme}
        data-view={view.kind}
      >
        <div className="cf-widget-header">
          <h2 id={inlineTitleId} ref={titleRef} tabIndex={-1} className="cf-widget-title">
            {title}
          </h2>
        </div>
        <sharedTokenContext.Provider value={sharedToken}>
          <sharedClientContext.Provider value={client}>{body}</sharedClientContext.Provider>
        </sharedTokenContext.Provider>
      </section>
    );
  }
  return (
    <Dialog
      open={isOpen}
      onRequestClose={onDialogClose}
      title={title}
      titleRef={titleRef}
      closeLabel={messages.close}
      {...(props.container === undefined ? {} : { container: props.container })}
      {...(className === undefined ? {} : { className })}
      {...(colorScheme === undefined ? {} : { colorScheme })}
    >
      {/* Inside the (portalled) dialog: the styles go where it is rendered. */}
      <div ref={adoptWidgetStyles} data-view={view.kind}>
        <sharedTokenContext.Provider value={sharedToken}>
          <sharedClientContext.Provider value={client}>{body}</sharedClientContext.Provider>
        </sharedTokenContext.Provider>
      </div>
    </Dialog>
  );
}
