import { withTheme } from "@rjsf/core";
import type { RegistryFieldsType, RegistryWidgetsType, RJSFSchema, TemplatesType } from "@rjsf/utils";
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  Suspense,
  useCallback,
  useRef,
  useState,
} from "react";
import type { ConnectorEditFormProps } from "./edit/ConnectorEditForm.js";
import { FormErrorBoundary } from "./FormErrorBoundary.js";
import { defaultMessages } from "./messages.js";
import { submitOnClick } from "./submitOnClick.js";
import { airbyteTheme } from "./theme/airbyteTheme.js";
import { ConnectorHeader } from "./theme/ConnectorHeader.js";
import type { CredentialFormContext } from "./theme/formMessages.js";
import { styleRoot } from "./theme/styleRoot.js";
import { injectStyles } from "./theme/styles.js";
import { toEventError } from "./toEventError.js";
import { toRenderError } from "./toRenderError.js";
import {
  type CredentialFormTemplate,
  type UseCredentialFormOptions,
  useCredentialForm,
} from "./useCredentialForm.js";
import { loadEditMode } from "./useEditMode.js";

type FormData = Record<string, unknown>;

/** The RJSF `Form` with the Airbyte theme, created once. */
const ThemedForm = withTheme<FormData, RJSFSchema, CredentialFormContext>(airbyteTheme);

/** What `<CredentialForm>` adds to the hook's options in both modes: rendering overrides. */
export interface CredentialFormRenderProps {
  /** Extra RJSF widgets, merged over the theme's (bring your own design system). */
  widgets?: RegistryWidgetsType<FormData, RJSFSchema, CredentialFormContext>;
  /** Extra RJSF fields, merged over the theme's. */
  fields?: RegistryFieldsType<FormData, RJSFSchema, CredentialFormContext>;
  /** RJSF templates, merged over the theme's. */
  templates?: Partial<TemplatesType<FormData, RJSFSchema, CredentialFormContext>>;
  /** Class added to the root element (which always has `cf-root`). */
  className?: string;
  /** Force the light or dark token set; by default it follows `prefers-color-scheme`. */
  colorScheme?: "light" | "dark";
  /** Show the connector header (icon, name, setup guide link, auth tooltip) above the form. @default true */
  header?: boolean;
}

/** Props of {@link CredentialForm} in create mode, but for `template`. */
export interface CredentialFormBaseProps
  extends Omit<UseCredentialFormOptions, "template" | "connectorId">,
    CredentialFormRenderProps {}

/** Props of {@link CredentialForm} in create mode: the source template to create a source from. */
export interface CredentialFormCreateProps extends CredentialFormBaseProps {
  /** The source template, inline or `{ id }` to fetch it. */
  template: CredentialFormTemplate;
  /** Create mode has no connector (give `connectorId` instead of `template` to edit one). */
  connectorId?: undefined;
}

/**
 * Props of {@link CredentialForm}: a `template` to create a source from, or (edit mode, `ConnectorEditFormProps`)
 * the `connectorId` of one of the end user's connectors to edit, never both.
 */
export type CredentialFormProps = CredentialFormCreateProps | ConnectorEditFormProps;

/** The loading placeholder of the form (create and edit mode). */
export function Skeleton({ label }: { label: string }) {
  return (
    <div className="cf-skeleton">
      <span className="cf-visually-hidden">{label}</span>
      {[0, 1, 2].map((line) => (
        <div key={line} className="cf-skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

/**
 * Collects an end user's connector credentials for an Airbyte Embedded source template and creates the source
 * (a thin component over {@link useCredentialForm} rendering RJSF with the accessible Airbyte theme), or, given a
 * `connectorId`, edits one of the end user's connectors (`ConnectorEditForm`, loaded on demand).
 *
 * OAuth connectors (`advanced_auth`) show "Connect with …": the consent runs in a popup, or in this tab
 * (`oauthMode="redirect"`, or "Continue in this tab" when the popup is blocked). In this full-page redirect mode the
 * form keeps its non-secret values and the page's URL in `sessionStorage` under one-time keys for the consent's
 * `state`; rendered again for the same template once the callback page has sent the browser back, it restores
 * them, removes the keys and shows Connected (or the error), and the submit creates the source with the consent's
 * secret id. A result under another state is ignored.
 */
export function CredentialForm(props: CredentialFormProps) {
  return props.connectorId === undefined ? <CreateForm {...props} /> : <EditMode {...props} />;
}

/**
 * Edit mode, whose code loads the first time a form gets a `connectorId` (hosts that only create never download
 * it). A failed download shows an alert with Retry (and calls `onError`) instead of throwing into the host's tree.
 */
function EditMode(props: ConnectorEditFormProps) {
  const load = (): LazyExoticComponent<ComponentType<ConnectorEditFormProps>> =>
    lazy(() =>
      loadEditMode().then(
        (module) => ({ default: module.ConnectorEditForm }),
        (error: unknown) => {
          props.onError?.(error instanceof Error ? error : new Error(String(error)));
          return { default: () => <EditLoadFailed {...props} retry={() => setEdit(load)} /> };
        },
      ),
    );
  const [Edit, setEdit] = useState(load);
  // The edit code's own skeleton shows once it is in; until then an empty busy root holds its place.
  return (
    <Suspense fallback={<div className="cf-root" aria-busy />}>
      <Edit {...props} />
    </Suspense>
  );
}

/** What edit mode shows when its code could not be downloaded. */
function EditLoadFailed({ locale, messages, retry }: ConnectorEditFormProps & { retry: () => void }) {
  const { specLoadError, retry: retryLabel } = { ...defaultMessages, ...locale?.messages, ...messages };
  return (
    <div className="cf-root" lang={locale?.code}>
      <div role="alert" className="cf-alert">
        <span>{specLoadError}</span>
        <button type="button" onClick={retry} className="cf-button">
          {retryLabel}
        </button>
      </div>
    </div>
  );
}

/** Create mode: the form over {@link useCredentialForm}. */
function CreateForm(props: CredentialFormCreateProps) {
  const { widgets, fields, templates, className, colorScheme, header = true, ...options } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const form = useCredentialForm({ ...options, rootRef });
  const { messages, status, loadError, submitError } = form;
  const root = form.getRootProps({ className });
  // The styles go into the document or shadow root the form is rendered in, once it is attached (before paint).
  const ref = useCallback((element: HTMLDivElement | null) => {
    rootRef.current = element;
    if (element) injectStyles(styleRoot(element));
  }, []);
  const liveRegion = (
    <div {...form.getLiveRegionProps()} className="cf-visually-hidden">
      {form.announcement}
    </div>
  );

  // The submit error gets `tabIndex` -1: the form moves the focus to it when no field is to blame.
  // No Retry after a create of unknown outcome: it could create the source twice.
  const alert = (message: string, tabIndex?: number, retry = true) => (
    <div role="alert" className="cf-alert" tabIndex={tabIndex}>
      <span>{message}</span>
      {retry && (
        <button {...form.getRetryButtonProps()} className="cf-button">
          {messages.retry}
        </button>
      )}
    </div>
  );

  // RJSF throwing while rendering (a spec it cannot handle) is a spec load error, not the end of the host's tree.
  const renderFailed = (thrown: unknown) => {
    void toRenderError(thrown, form.formData).then((error) => {
      options.onEvent?.({ type: "error", phase: "load", error: toEventError(error) });
      options.onError?.(error);
    });
  };
  const renderFailedAlert = (reset: () => void) => (
    <div role="alert" className="cf-alert">
      <span>{messages.specLoadError}</span>
      <button type="button" onClick={reset} className="cf-button">
        {messages.retry}
      </button>
    </div>
  );

  let body: React.ReactNode;
  if (loadError) {
    body = alert(loadError.message);
  } else if (status === "loading") {
    body = <Skeleton label={messages.loading} />;
  } else if (status === "success") {
    body = <div className="cf-success">{messages.success}</div>;
  } else {
    body = (
      <>
        {submitError && alert(submitError.message, -1, !submitError.outcomeUnknown)}
        <ThemedForm
          key={form.formKey}
          {...form.getFormProps()}
          {...(widgets ? { widgets } : {})}
          {...(fields ? { fields } : {})}
          {...(templates ? { templates } : {})}
        >
          <div className="cf-actions">
            <button
              {...form.getSubmitButtonProps()}
              onClick={submitOnClick(form.submit)}
              className="cf-button cf-button-primary"
            >
              {status === "checking"
                ? messages.checking
                : status === "submitting"
                  ? messages.submitting
                  : messages.submit}
            </button>
            {options.onCancel && (
              <button {...form.getCancelButtonProps()} className="cf-button">
                {messages.cancel}
              </button>
            )}
          </div>
        </ThemedForm>
      </>
    );
  }

  return (
    <div {...root} ref={ref} data-theme={colorScheme} lang={options.locale?.code}>
      {header && (form.template || form.definition) && (
        <ConnectorHeader
          key={form.template?.id}
          template={form.template}
          definition={form.definition}
          messages={messages}
          lang={options.locale?.code}
        />
      )}
      <FormErrorBoundary key={form.formKey} onError={renderFailed} fallback={renderFailedAlert}>
        {body}
      </FormErrorBoundary>
      {liveRegion}
    </div>
  );
}
