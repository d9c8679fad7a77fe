import type {
  ApiFlavour,
  FlavourName,
  JSONSchema,
  PreparedForm,
  SourceDefinition,
  SourceTemplate,
  TokenSource,
} from "@credential-form/core";
import type { FormProps } from "@rjsf/core";
import type { ErrorSchema, RJSFSchema, UiSchema } from "@rjsf/utils";
import type { QueryClient } from "@tanstack/react-query";
import type { ButtonHTMLAttributes, HTMLAttributes, RefObject } from "react";
import type { CredentialFormLocale } from "./CredentialFormLocale.js";
import type { ConnectorMessages } from "./edit/connectorMessages.js";
import type { CredentialFormEvent, CredentialFormSourceSummary } from "./events.js";
import type { CredentialFormStatus, CredentialFormSubmitError } from "./formMachine.js";
import type { CredentialFormMessages } from "./messages.js";
import type { CredentialFormContext } from "./theme/formMessages.js";
import type { CredentialFormLoadError, CredentialFormTemplate } from "./useCredentialFormData.js";

/** Options of {@link useCredentialForm} (the props of `<CredentialForm>` minus rendering overrides). */
export interface UseCredentialFormOptions {
  /** Scoped token (or widget token) from the host backend, or a callback resolving to a fresh one (used again after a 401). */
  token: TokenSource;
  /** The source template, inline or `{ id }` to fetch it. */
  template: CredentialFormTemplate;
  /** Create mode has no connector: see {@link UseCredentialFormEditOptions} for edit mode. */
  connectorId?: undefined;
  /**
   * API generation used to create the source: the current Agent API, or an older one (`"embedded-sources"`,
   * `"partial-user-configs"`) by name. @default "agent-api"
   */
  flavour?: FlavourName | ApiFlavour;
  /** The partner's name for this end user's workspace (current API). @default read from `scoped-token/info` */
  workspaceName?: string;
  /**
   * Check the credentials with Airbyte before creating the source (flavours with a check endpoint): a failed check
   * creates nothing and shows Airbyte's reason. @default "before-create"
   */
  check?: "before-create" | "off";
  /** Embedded API base URL. @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** Connector registry URL. @default core's `DEFAULT_REGISTRY_URL` */
  registryUrl?: string;
  /**
   * `fetch` used for every request (API and registry). Without it the registry is read in core's Web Worker where
   * the page allows one (a worker cannot call the page's function). @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /** Name of the created source, for flavours that accept one. */
  name?: string;
  /** Values the form starts with (user-schema shape). @default {} */
  initialValues?: Record<string, unknown>;
  /** uiSchema merged over the computed one (host wins). */
  uiSchema?: UiSchema;
  /** UI strings, merged over the locale's (single keys win over the locale pack). */
  messages?: Partial<CredentialFormMessages>;
  /**
   * A locale pack (`import { de } from "@credential-form/react/locales/de"`): every UI string and the validation
   * messages in its language. @default English (`defaultMessages`, core's validation messages)
   */
  locale?: CredentialFormLocale;
  /** Receives the official widget events and the lifecycle events; never a secret value. */
  onEvent?: (event: CredentialFormEvent) => void;
  /** Called once the source is created. */
  onSuccess?: (source: CredentialFormSourceSummary) => void;
  /** Called when loading or creating fails (messages have secret values redacted). */
  onError?: (error: Error) => void;
  /** Called when the user presses Cancel; the Cancel button only shows when this is set. */
  onCancel?: () => void;
  /** Disables every input and the submit button. @default false */
  disabled?: boolean;
  /**
   * The host's OAuth callback page (serve `@credential-form/react/oauth-callback.html`, or call
   * `completeOAuthRedirect()` there), on the form's origin; used by connectors with `advanced_auth`.
   * @default `${location.origin}/oauth-callback.html`
   */
  oauthRedirectUrl?: string;
  /**
   * How the OAuth consent runs: `popup` (when the browser blocks it, the user can continue in this tab) or
   * `redirect`, always in this tab (full-page redirect mode, e.g. for mobile browsers): the form keeps its
   * non-secret values in `sessionStorage` under a one-time key, the callback page sends the browser back to this
   * page, and the form (rendered again for the same template) restores them and shows Connected.
   * @default "popup"
   */
  oauthMode?: "popup" | "redirect";
  /** A QueryClient to use instead of the surrounding provider's (or the isolated one). */
  queryClient?: QueryClient;
  /**
   * The form's root element (or any element around it), where the first invalid field is looked up to move the
   * focus to it. @default the document
   */
  rootRef?: RefObject<HTMLElement | null>;
}

/**
 * Options of {@link useCredentialForm} in edit mode: the `connectorId` of one of the end user's connectors instead
 * of a `template` (the connector's own template is used; no initial values, always the Agent API).
 */
export interface UseCredentialFormEditOptions
  extends Omit<
    UseCredentialFormOptions,
    "template" | "connectorId" | "initialValues" | "flavour" | "onSuccess" | "messages"
  > {
  /** Id of the end user's connector to edit (`GET /api/v1/integrations/connectors/{id}`). */
  connectorId: string;
  /** Edit mode has no template of its own: the connector's is used. */
  template?: undefined;
  /** UI strings (the form's and edit mode's), merged over the locale's and the defaults. */
  messages?: Partial<CredentialFormMessages & ConnectorMessages>;
  /** A new name for the connector; sent only when it differs from the stored one. */
  name?: string;
  /** Called once the changes are saved. */
  onSuccess?: (source: CredentialFormSourceSummary) => void;
}

/** The options of either mode. */
export type AnyModeOptions = UseCredentialFormOptions | UseCredentialFormEditOptions;

/** Create mode's options inside the library: edit mode runs it with `null` until the connector's template is known. */
export type CreateFormOptions = Omit<UseCredentialFormOptions, "template"> & {
  template: CredentialFormTemplate | null;
};

type RootProps = HTMLAttributes<HTMLDivElement> & { "data-status": string };
type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement>;

/** The RJSF props `getFormProps()` returns (spread them on a themed `Form`). */
export type CredentialFormRjsfProps = { extraErrors: ErrorSchema } & Pick<
  FormProps<Record<string, unknown>, RJSFSchema, CredentialFormContext>,
  | "schema"
  | "uiSchema"
  | "formData"
  | "initialFormData"
  | "onChange"
  | "onSubmit"
  | "validator"
  | "noValidate"
  | "noHtml5Validate"
  | "showErrorList"
  | "disabled"
  | "idPrefix"
  | "formContext"
  | "translateString"
>;

/** What {@link useCredentialForm} returns: state, actions and prop getters for any design system. */
export interface UseCredentialFormResult {
  status: CredentialFormStatus;
  /** Merged UI strings. */
  messages: CredentialFormMessages;
  loadError: CredentialFormLoadError | null;
  submitError: CredentialFormSubmitError | null;
  template: SourceTemplate | null;
  definition: SourceDefinition | null;
  /** The form prepared from the spec and the template (`prepareForm`), once loaded. */
  prepared: PreparedForm | null;
  /** The schema the user fills: the registry spec minus the template's defaults. */
  schema: RJSFSchema | null;
  /** The full, normalised connector spec the merged config is validated against. */
  fullSchema: JSONSchema | null;
  /** Computed uiSchema with the host's merged over it. */
  uiSchema: UiSchema | null;
  formData: Record<string, unknown>;
  setFormData: (data: Record<string, unknown>) => void;
  /** Client and server field errors, in RJSF `extraErrors` shape. */
  errors: ErrorSchema | undefined;
  errorCount: number;
  /** Text of the polite live region. */
  announcement: string;
  createdSource: CredentialFormSourceSummary | null;
  /** Validates the merged config and creates the source; resolves null when it did not. */
  submit: () => Promise<CredentialFormSourceSummary | null>;
  /** Clears input, errors and results. */
  reset: () => void;
  /** Retries what failed (loading, or the last submit). */
  retry: () => void;
  /** Emits `cancel` and calls `onCancel`. */
  cancel: () => void;
  /** Changes whenever the rendered form must start over (after `reset()`): use as its React `key`. */
  formKey: number;
  getRootProps: (props?: { className?: string | undefined }) => RootProps;
  getFormProps: () => CredentialFormRjsfProps;
  getSubmitButtonProps: () => ButtonProps;
  getRetryButtonProps: () => ButtonProps;
  getCancelButtonProps: () => ButtonProps;
  getLiveRegionProps: () => HTMLAttributes<HTMLDivElement>;
}
