import { withTheme } from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { useCallback, useRef } from "react";
import { type CredentialFormRenderProps, Skeleton } from "../CredentialForm.js";
import { FormErrorBoundary } from "../FormErrorBoundary.js";
import { submitOnClick } from "../submitOnClick.js";
import { airbyteTheme } from "../theme/airbyteTheme.js";
import { ConnectorHeader } from "../theme/ConnectorHeader.js";
import type { CredentialFormContext } from "../theme/formMessages.js";
import { styleRoot } from "../theme/styleRoot.js";
import { injectStyles } from "../theme/styles.js";
import { toEventError } from "../toEventError.js";
import { toRenderError } from "../toRenderError.js";
import type { UseCredentialFormEditOptions } from "../useCredentialFormTypes.js";
import { KeptSecretWidget } from "./KeptSecretWidget.js";
import type { UseConnectorEditResult } from "./useConnectorEditTypes.js";
import { useCredentialFormEdit } from "./useCredentialFormEdit.js";

type FormData = Record<string, unknown>;

const ThemedForm = withTheme<FormData, RJSFSchema, CredentialFormContext>(airbyteTheme);

/** Props of {@link ConnectorEditForm}: edit mode's options of the hook, and `<CredentialForm>`'s rendering props. */
export interface ConnectorEditFormProps extends UseCredentialFormEditOptions, CredentialFormRenderProps {}

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

/** The loaded form: header, alerts, the fields with Save (and Cancel), the note, the live region. */
function EditBody(props: ConnectorEditFormProps & { form: UseConnectorEditResult }) {
  const { form, widgets, fields, templates, header = true } = props;
  const { messages, status, submitError, editStatus } = form;
  const heading = header && (form.template || form.definition) && (
    <ConnectorHeader template={form.template} definition={form.definition} messages={messages} />
  );
  const busy = status === "checking" || status === "submitting";
  // RJSF throwing while rendering is a load error of this form, not the end of the host's tree (as in create mode).
  const renderFailed = (thrown: unknown) => {
    void toRenderError(thrown, form.formData).then((error) => {
      props.onEvent?.({ type: "error", phase: "load", error: toEventError(error) });
      props.onError?.(error);
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
          <button
            {...form.getSubmitButtonProps()}
            onClick={submitOnClick(form.submit)}
            className="cf-button cf-button-primary"
          >
            {busy ? messages.editSaving : messages.editSave}
          </button>
          {props.onCancel && (
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
 * "unchanged", with Replace), checks and saves only what changed. `<CredentialForm connectorId>` renders it; the
 * headless hook is `useCredentialForm({ connectorId })` (`useCredentialFormEdit`).
 */
export function ConnectorEditForm(props: ConnectorEditFormProps) {
  // Another connector is another form.
  return <EditForm key={props.connectorId} {...props} />;
}

function EditForm(props: ConnectorEditFormProps) {
  const { widgets: _w, fields: _f, templates: _t, className, colorScheme, header: _h, ...options } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const form = useCredentialFormEdit({ ...options, rootRef });
  const { messages, loadError } = form;
  const ref = useCallback((element: HTMLDivElement | null) => {
    rootRef.current = element;
    if (element) injectStyles(styleRoot(element));
  }, []);
  let body: React.ReactNode;
  if (loadError) body = <Alert message={loadError.message} retry={form.retry} label={messages.retry} />;
  else if (form.status === "loading") body = <Skeleton label={messages.loading} />;
  else body = <EditBody {...props} form={form} />;
  return (
    <div
      className={className ? `cf-root ${className}` : "cf-root"}
      ref={ref}
      data-theme={colorScheme}
      lang={props.locale?.code}
      aria-busy={form.status === "loading"}
    >
      {body}
    </div>
  );
}
