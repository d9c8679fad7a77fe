import {
  API_MESSAGES,
  type CreatedSource,
  type CreateSourceInput,
  CredentialApiError,
  isPlainObject,
  type JSONSchema,
  parsePointer,
} from "@credential-form/core/form";
import type { ErrorSchema, RJSFSchema, UiSchema } from "@rjsf/utils";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from "react";
import type { UseConnectorEditResult } from "./edit/useConnectorEditTypes.js";
import { errorMessage } from "./errorMessage.js";
import type { CredentialFormEvent } from "./events.js";
import { type FormAction, formReducer, initialFormState } from "./formMachine.js";
import { formValidator } from "./formValidator.js";
import { mergeUiSchema } from "./mergeUiSchema.js";
import { defaultMessages } from "./messages.js";
import { useOAuthSupport } from "./oauth/useOAuthSupport.js";
import type { CredentialFormContext } from "./theme/formMessages.js";
import { scrubFieldErrors, toEventError } from "./toEventError.js";
import { asError, useCredentialFormData } from "./useCredentialFormData.js";
import type {
  AnyModeOptions,
  CreateFormOptions,
  UseCredentialFormEditOptions,
  UseCredentialFormOptions,
  UseCredentialFormResult,
} from "./useCredentialFormTypes.js";
import { useDeepStable } from "./useDeepStable.js";
import { useEditMode } from "./useEditMode.js";
import { useFocusFirstError } from "./useFocusFirstError.js";
import { useResolvedQueryClient } from "./useResolvedQueryClient.js";
import { useRjsfBridge } from "./useRjsfBridge.js";
import { type SubmitCode, useValidatorWarmup } from "./useValidatorWarmup.js";

export type { CredentialFormStatus, CredentialFormSubmitError } from "./formMachine.js";
export type { CredentialFormLoadError, CredentialFormTemplate } from "./useCredentialFormData.js";
export type {
  CredentialFormRjsfProps,
  UseCredentialFormOptions,
  UseCredentialFormResult,
} from "./useCredentialFormTypes.js";

const NO_ERRORS: ErrorSchema = {};
const EMPTY_SCHEMA: RJSFSchema = {};
const EMPTY_UI_SCHEMA: UiSchema = {};

/**
 * The headless layer of `<CredentialForm>`: state, actions and prop getters. Given a `connectorId` instead of a
 * `template`, it edits that connector (see `UseCredentialFormEditOptions`); the first time, it suspends while edit
 * mode's code downloads (render it inside `<Suspense>`). A component keeps its mode: a new `key` switches it.
 */
export function useCredentialForm(options: UseCredentialFormOptions): UseCredentialFormResult;
export function useCredentialForm(options: UseCredentialFormEditOptions): UseConnectorEditResult;
export function useCredentialForm(options: AnyModeOptions): UseCredentialFormResult {
  // biome-ignore lint/correctness/useHookAtTopLevel: the mode is fixed for a component's life (a new key switches it)
  return options.connectorId === undefined ? useCreateForm(options) : useEditMode(options);
}

/**
 * Create mode: the data layer, the pure state machine (`formReducer`), the RJSF bridge, core's submit pipeline and
 * the focus helper. Edit mode runs it with the connector's template (`null` while it loads: the form is loading).
 */
export function useCreateForm(options: CreateFormOptions): UseCredentialFormResult {
  const { locale } = options;
  const messages = useMemo(
    () => ({ ...defaultMessages, ...locale?.messages, ...options.messages }),
    [locale, options.messages],
  );
  const idPrefix = `cf${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  // Latest callbacks in refs: a new identity on every host render must not rebuild clients or refetch.
  const latest = useRef(options);
  latest.current = options;
  const emit = useCallback((event: CredentialFormEvent) => latest.current.onEvent?.(event), []);
  const queryClient = useResolvedQueryClient(options.queryClient);
  const data = useCredentialFormData(options, messages, queryClient);
  const { client, template, definition, prepared, loadError } = data;
  const bridge = useRjsfBridge(options.initialValues);
  const { setFormData } = bridge;
  const [choices] = useState(() => new Map<string, number>());
  const [machine, dispatch] = useReducer(formReducer, initialFormState);
  const oauth = useOAuthSupport({
    ...data,
    messages,
    formData: bridge.formData,
    redirectUrl: options.oauthRedirectUrl,
    mode: options.oauthMode,
    setFormData,
  });

  // The data layer drives loading; adjusted during render, so a cached form shows in the first render.
  // An OAuth connector is ready once its OAuth code is in (`oauth` is `undefined` until then).
  const loadAction: FormAction["type"] = loadError
    ? "load_failed"
    : prepared && oauth !== undefined
      ? "loaded"
      : "loading";
  const state = formReducer(machine, { type: loadAction });
  if (state !== machine) dispatch({ type: loadAction });

  const hostUiSchema = useDeepStable(options.uiSchema);
  const uiSchema = useMemo(
    () =>
      prepared
        ? mergeUiSchema(
            mergeUiSchema(prepared.uiSchema as unknown as UiSchema, oauth?.uiSchema),
            hostUiSchema,
          )
        : null,
    [prepared, hostUiSchema, oauth],
  );
  // The warm-up waits for the form itself: an OAuth connector shows a skeleton until its OAuth code is in, and
  // the submit's chunks must not compete with that code's download and compile before the form is interactive.
  const validatorReady = useValidatorWarmup(oauth === undefined ? undefined : prepared?.fullSchema);
  // The payload goes through a ref, not the mutation's `variables` (kept in the host's shared mutation cache),
  // and the result is the summary, not the raw response (it may echo the config); `gcTime: 0` drops it unobserved.
  const pendingInput = useRef<CreateSourceInput | null>(null);
  const mutation = useMutation(
    {
      mutationFn: async (): Promise<CreatedSource> => {
        const input = pendingInput.current;
        pendingInput.current = null;
        if (!input) throw new Error("Nothing to submit");
        return { ...(await client.createSource(input)), raw: null };
      },
      retry: false,
      gcTime: 0,
    },
    queryClient,
  );
  const { mutateAsync } = mutation;
  const create = useCallback(
    (input: CreateSourceInput) => {
      pendingInput.current = input;
      return mutateAsync();
    },
    [mutateAsync],
  );
  const inFlight = useRef(false);
  const [formKey, setFormKey] = useState(0);

  const reportedLoadError = useRef<Error | null>(null); // load failures are reported once per distinct error
  useEffect(() => {
    if (!loadError || reportedLoadError.current === loadError.error) return;
    reportedLoadError.current = loadError.error;
    emit({ type: "error", phase: "load", error: toEventError(loadError.error) });
    latest.current.onError?.(loadError.error);
  }, [loadError, emit]);

  const readyReported = useRef(false);
  useEffect(() => {
    if (!prepared || oauth === undefined || !template || !definition || readyReported.current) return;
    readyReported.current = true;
    emit({
      type: "ready",
      templateId: template.id,
      sourceDefinitionId: template.sourceDefinitionId,
      connectorName: definition.name,
    });
  }, [prepared, oauth, template, definition, emit]);

  const { fieldErrors } = state;
  useFocusFirstError(fieldErrors, idPrefix, latest);

  const submit = useCallback(async () => {
    // A ref, not state: two clicks in the same frame must not both get through.
    if (inFlight.current || !prepared || !template || latest.current.disabled) return null;
    inFlight.current = true;
    try {
      let formData: Record<string, unknown>;
      let code: SubmitCode;
      try {
        // Text inputs commit on blur; an Enter in a field (or a programmatic submit) still has drafts to hand over.
        formData = await bridge.flush();
        // The submit's code (validation, requests, error reporting) started loading once the spec was in (or when the
        // form became ready): this waits only for a submit that comes first; the interpreter validates it (ajv compiles
        // when idle).
        code = await validatorReady();
      } catch (caught) {
        // The submit's code could not be fetched (e.g. offline): nothing was validated or sent. The machine takes a
        // failure only from a submit in progress, so it goes through one (batched: never rendered).
        const error = asError(caught);
        dispatch({ type: "submit" });
        dispatch({
          type: "failed",
          submitError: { message: messages.submitError, error, retryable: true },
          announcement: messages.submitError,
        });
        emit({ type: "error", phase: "submit", error: toEventError(error) });
        latest.current.onError?.(error);
        return null;
      }
      return await code.submitForm({
        pipeline: code.pipeline,
        prepared,
        template,
        client,
        formData,
        choices,
        oauth,
        messages,
        latest,
        create,
        dispatch,
        emit,
        shared: {
          ApiError: CredentialApiError,
          apiMessages: API_MESSAGES,
          errorMessage,
          isPlainObject,
          parsePointer,
          toEventError,
          scrubFieldErrors,
          asError,
        },
      });
    } finally {
      inFlight.current = false;
    }
  }, [prepared, template, client, create, messages, emit, bridge.flush, validatorReady, oauth, choices]);

  const reset = useCallback(() => {
    setFormData(latest.current.initialValues ?? {});
    choices.clear();
    dispatch({ type: "reset" });
    mutation.reset();
    setFormKey((k) => k + 1);
  }, [setFormData, choices, mutation.reset]);
  const retry = useCallback(() => {
    // After a create of unknown outcome a Retry could create the source twice.
    if (!loadError) return void (state.submitError?.outcomeUnknown || submit());
    reportedLoadError.current = null;
    data.retry();
  }, [loadError, data.retry, submit, state.submitError]);
  const cancel = useCallback(() => {
    emit({ type: "cancel" });
    latest.current.onCancel?.();
  }, [emit]);

  const { status } = state;
  const formContext = useMemo<CredentialFormContext>(
    () => ({ messages, drafts: bridge.drafts, oneOfChoices: choices }),
    [messages, bridge.drafts, choices],
  );
  // RJSF's own strings through the locale's translator (RJSF's English without one).
  const translateString = useMemo(() => locale?.rjsfTranslator?.(messages), [locale, messages]);
  const formDisabled = options.disabled === true || status === "submitting" || status === "checking";
  const errors = fieldErrors?.errorSchema;
  return {
    status,
    messages,
    loadError,
    submitError: state.submitError,
    template,
    definition,
    prepared,
    schema: (prepared?.schema as RJSFSchema | undefined) ?? null,
    fullSchema: (prepared?.fullSchema as JSONSchema | undefined) ?? null,
    uiSchema,
    formData: bridge.formData,
    setFormData,
    errors,
    errorCount: fieldErrors?.count ?? 0,
    announcement: state.announcement,
    createdSource: state.createdSource,
    submit,
    reset,
    retry,
    cancel,
    formKey,
    getRootProps: (props = {}) => ({
      className: props.className ? `cf-root ${props.className}` : "cf-root",
      "aria-busy": status === "loading" || status === "submitting" || status === "checking",
      "data-status": status,
    }),
    getFormProps: () => ({
      schema: (prepared?.schema as RJSFSchema | undefined) ?? EMPTY_SCHEMA,
      uiSchema: uiSchema ?? EMPTY_UI_SCHEMA,
      ...bridge.dataProps,
      // `submit` never rejects: it reports failures itself.
      onSubmit: submit,
      extraErrors: errors ?? NO_ERRORS,
      validator: formValidator,
      noValidate: true,
      noHtml5Validate: true,
      showErrorList: false,
      disabled: formDisabled,
      idPrefix,
      formContext,
      ...(translateString ? { translateString } : {}),
    }),
    getSubmitButtonProps: () => ({ type: "submit", disabled: formDisabled, "aria-disabled": formDisabled }),
    getRetryButtonProps: () => ({ type: "button", onClick: retry }),
    getCancelButtonProps: () => ({ type: "button", onClick: cancel }),
    getLiveRegionProps: () => ({ role: "status", "aria-live": "polite", "aria-atomic": true }),
  };
}
