import { withTheme } from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { useCallback, useRef } from "react";
import { type CredentialFormBaseProps, Skeleton } from "../CredentialForm.js";
import type { CredentialFormSourceSummary } from "../events.js";
import { FormErrorBoundary } from "../FormErrorBoundary.js";
import { type CredentialFormMessages, defaultMessages } from "../messages.js";
import { airbyteTheme } from "../theme/airbyteTheme.js";
import { ConnectorHeader } from "../theme/ConnectorHeader.js";
import type { CredentialFormContext } from "../theme/formMessages.js";
import { styleRoot } from "../theme/styleRoot.js";
import { injectStyles } from "../theme/styles.js";
import { toEventError } from "../toEventError.js";
import { toRenderError } from "../toRenderError.js";
import { type ConnectorMessages, defaultConnectorMessages } from "./connectorMessages.js";
import { KeptSecretWidget } from "./KeptSecretWidget.js";
import { useConnector } from "./useConnector.js";
import { type UseConnectorEditOptions, useConnectorEdit } from "./useConnectorEdit.js";

type FormData = Record<string, unknown>;

const ThemedForm = withTheme<FormData, RJSFSchema, CredentialFormContext>(airbyteTheme);

/** Props of {@link ConnectorEditForm}: `<CredentialForm>`'s, with the connector to edit instead of a template. */
export interface ConnectorEditFormProps
  extends Omit<CredentialFormBaseProps, "initialValues" | "flavour" | "onSuccess"> {
  /** UI strings (the form's and edit mode's), merged over the defaults. */
  messages?: Partial<CredentialFormMessages & ConnectorMessages>;
  /** Id of the end user's connector to edit (`GET /api/v1/integrations/connectors/{id}`). */
  connectorId: string;
  /** Not used in edit mode (the connector's own template is). */
  template?: undefined;
  /** A new name for the connector; sent only when it differs. */
  name?: string;
  /** Called once the changes are saved. */
  onSuccess?: (source: CredentialFormSourceSummary) => void;
}

function Alert(props: { message: string; retry: () => void; label: string; tabIndex?: number }) {
  return (
    <div role="alert" className="cf-alert" tabIndex={props.tabIndex}>
      <span>{props.message}</span>
      <button type="button" className="cf-button" onClick={props.retry}>
        {props.label}
      </button>
    </div>
  );
}

function EditBody(props: ConnectorEditFormProps & UseConnectorEditOptions) {
  const {
    widgets,
    fields,
    templates,
    className: _c,
    colorScheme: _s,
    connectorId: _id,
    header = true,
    ...options
  } = props;
  const form = useConnectorEdit(options);
  const { messages, status, loadError, submitError, editStatus } = form;
  const heading = header && (form.template || form.definition) && (
    <ConnectorHeader template={form.template} definition={form.definition} messages={messages} />
  );
  if (loadError) return <Alert message={loadError.message} retry={form.retry} label={messages.retry} />;
  if (status === "loading") return <Skeleton label={messages.loading} />;
  const busy = status === "checking" || status === "submitting";
  // RJSF throwing while rendering is a load error of this form, not the end of the host's tree (as in create mode).
  const renderFailed = (thrown: unknown) => {
    void toRenderError(thrown, form.formData).then((error) => {
      options.onEvent?.({ type: "error", phase: "load", error: toEventError(error) });
      options.onError?.(error);
    });
  };
  return (
    <FormErrorBoundary
      key={form.formKey}
      onError={renderFailed}
      fallback={(reset) => <Alert message={messages.specLoadError} retry={reset} label={messages.retry} />}
    >
      {heading}
      {submitError && (
        <Alert message={submitError.message} retry={form.retry} label={messages.retry} tabIndex={-1} />
      )}
      <ThemedForm
        key={form.formKey}
        {...form.getFormProps()}
        widgets={{ SecretWidget: KeptSecretWidget, ...widgets }}
        {...(fields ? { fields } : {})}
        {...(templates ? { templates } : {})}
      >
        <div className="cf-actions">
          <button {...form.getSubmitButtonProps()} className="cf-button cf-button-primary">
            {busy ? messages.editSaving : messages.editSave}
          </button>
          {options.onCancel && (
            <button {...form.getCancelButtonProps()} className="cf-button">
              {messages.cancel}
            </button>
          )}
        </div>
        {/* Below the buttons: the note going away (on the next change) must not move the button being clicked. */}
        {(editStatus === "nothing" || editStatus === "saved") && (
          <p className="cf-edit-note">
            {editStatus === "nothing" ? messages.editNothingToSave : messages.editSaved}
          </p>
        )}
      </ThemedForm>
      <div {...form.getLiveRegionProps()} className="cf-visually-hidden">
        {form.announcement}
      </div>
    </FormErrorBoundary>
  );
}

/**
 * Edits one of the end user's connectors: loads it and its template, shows the current values (stored secrets as
 * "unchanged", with Replace), checks and saves only what changed. `<CredentialForm connectorId>` renders it.
 */
export function ConnectorEditForm(props: ConnectorEditFormProps) {
  const { className, colorScheme } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const { connector, client, error, retry } = useConnector(props);
  const messages = {
    ...defaultMessages,
    ...props.locale?.messages,
    ...defaultConnectorMessages,
    ...props.locale?.connectorMessages,
    ...props.messages,
  };
  const ref = useCallback((element: HTMLDivElement | null) => {
    rootRef.current = element;
    if (element) injectStyles(styleRoot(element));
  }, []);
  let body: React.ReactNode;
  if (error) body = <Alert message={messages.editLoadError} retry={retry} label={messages.retry} />;
  else if (!connector) body = <Skeleton label={messages.loading} />;
  else
    body = <EditBody key={connector.id} {...props} connector={connector} client={client} rootRef={rootRef} />;
  return (
    <div
      className={className ? `cf-root ${className}` : "cf-root"}
      ref={ref}
      data-theme={colorScheme}
      lang={props.locale?.code}
      aria-busy={!connector && !error}
    >
      {body}
    </div>
  );
}
