import { type JSONSchema, prepareSubmission, scrubSecrets } from "@credential-form/core";
import type { ErrorSchema, RJSFSchema, UiSchema } from "@rjsf/utils";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from "react";
import { checkAndCreate } from "./checkAndCreate.js";
import { type CredentialFormEvent, toSourceSummary } from "./events.js";
import { focusFirstError } from "./focusFirstError.js";
import { type FormAction, formReducer, initialFormState } from "./formMachine.js";
import { mergeUiSchema } from "./mergeUiSchema.js";
import { defaultMessages } from "./messages.js";
import { officialEvent } from "./officialEvent.js";
import type { CredentialFormContext } from "./theme/formMessages.js";
import { toErrorSchema } from "./toErrorSchema.js";
import { scrubFieldErrors, toEventError } from "./toEventError.js";
import { toSubmitError } from "./toSubmitError.js";
import { asError, useCredentialFormData } from "./useCredentialFormData.js";
import type { UseCredentialFormOptions, UseCredentialFormResult } from "./useCredentialFormTypes.js";
import { useDeepStable } from "./useDeepStable.js";
import { useResolvedQueryClient } from "./useResolvedQueryClient.js";
import { useRjsfBridge } from "./useRjsfBridge.js";
import { credentialFormValidator } from "./validator.js";

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
 * The headless layer of `<CredentialForm>`, composed of the data layer (`useCredentialFormData`), the pure state
 * machine (`formReducer`), the RJSF bridge (`useRjsfBridge`), core's submit pipeline (`prepareSubmission`) and the
 * focus helper; it returns state, actions and prop getters.
 */
export function useCredentialForm(options: UseCredentialFormOptions): UseCredentialFormResult {
  const messages = useMemo(() => ({ ...defaultMessages, ...options.messages }), [options.messages]);
  const idPrefix = `cf${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  // Latest callbacks in refs: a new identity on every host render must not rebuild clients or refetch.
  const latest = useRef(options);
  latest.current = options;
  const emit = useCallback((event: CredentialFormEvent) => latest.current.onEvent?.(event), []);
  const queryClient = useResolvedQueryClient(options.queryClient);
  const data = useCredentialFormData(options, messages, queryClient);
  const { client, template, definition, prepared, loadError } = data;
  const bridge = useRjsfBridge(options.initialValues);
  const [machine, dispatch] = useReducer(formReducer, initialFormState);

  // The data layer drives loading; adjusted during render, so a cached form shows in the first render.
  const loadAction: FormAction["type"] = loadError ? "load_failed" : prepared ? "loaded" : "loading";
  const state = formReducer(machine, { type: loadAction });
  if (state !== machine) dispatch({ type: loadAction });

  const hostUiSchema = useDeepStable(options.uiSchema);
  const uiSchema = useMemo(
    () => (prepared ? mergeUiSchema(prepared.uiSchema as unknown as UiSchema, hostUiSchema) : null),
    [prepared, hostUiSchema],
  );
  const mutation = useMutation({ mutationFn: client.createSource, retry: false }, queryClient);
  const inFlight = useRef(false);
  const [formKey, setFormKey] = useState(0);

  // Report load failures once per distinct error.
  const reportedLoadError = useRef<Error | null>(null);
  useEffect(() => {
    if (!loadError || reportedLoadError.current === loadError.error) return;
    reportedLoadError.current = loadError.error;
    emit({ type: "error", phase: "load", error: toEventError(loadError.error, []) });
    latest.current.onError?.(loadError.error);
  }, [loadError, emit]);

  const readyReported = useRef(false);
  useEffect(() => {
    if (!prepared || !template || !definition || readyReported.current) return;
    readyReported.current = true;
    emit({
      type: "ready",
      templateId: template.id,
      sourceDefinitionId: template.sourceDefinitionId,
      connectorName: definition.name,
    });
  }, [prepared, template, definition, emit]);

  // Focus the first invalid field: RJSF renders `extraErrors` (and opens a collapsed section holding one) in the
  // commit that sets them, so the field is there when this runs.
  const { fieldErrors } = state;
  useEffect(() => {
    if (fieldErrors)
      focusFirstError(latest.current.rootRef?.current ?? document, idPrefix, fieldErrors.errorSchema);
  }, [fieldErrors, idPrefix]);

  const submit = useCallback(async () => {
    // A ref, not state: two clicks in the same frame must not both get through.
    if (inFlight.current || !prepared || !template || latest.current.disabled) return null;
    inFlight.current = true;
    let secrets: string[] = [];
    try {
      // Text inputs commit on blur; an Enter in a field (or a programmatic submit) still has drafts to hand over.
      const formData = await bridge.flush();
      const submission = prepareSubmission({ prepared, formData, flavour: client.flavour });
      secrets = submission.secrets;
      if (submission.errors.length > 0) {
        const mapped = toErrorSchema(submission.errors, prepared.schema);
        const message = messages.errorCount(mapped.count);
        dispatch({ type: "invalid", fieldErrors: mapped, announcement: message });
        const fieldErrors = scrubFieldErrors(submission.errors, secrets);
        const error = { message, code: "client_validation", status: null, fieldErrors, retryable: false };
        emit({ type: "error", phase: "validation", error });
        return null;
      }
      emit({ type: "submit", templateId: template.id });
      const { name, check } = latest.current;
      const created = await checkAndCreate({
        client,
        template,
        config: submission.payload,
        secrets,
        name,
        check,
        create: mutation.mutateAsync,
        dispatch,
        emit,
        outcomeUnknownMessage: messages.createOutcomeUnknown,
      });
      const summary = toSourceSummary(created);
      dispatch({ type: "created", source: summary, announcement: messages.success });
      emit(officialEvent(client.flavour, { data: summary }));
      emit({ type: "success", source: summary });
      latest.current.onSuccess?.(summary);
      return summary;
    } catch (caught) {
      const error = asError(caught);
      error.message = scrubSecrets(error.message, secrets);
      const eventError = toEventError(error, secrets);
      if (eventError.fieldErrors.length > 0) {
        // The server's field errors, redacted like the event's.
        const mapped = toErrorSchema(eventError.fieldErrors, prepared.schema);
        const announcement = `${messages.serverFieldErrors} ${messages.errorCount(mapped.count)}`;
        dispatch({ type: "failed", fieldErrors: mapped, announcement });
      } else {
        const submitError = toSubmitError(error, eventError, messages);
        dispatch({ type: "failed", submitError, announcement: submitError.message });
      }
      emit(officialEvent(client.flavour, { error: eventError }));
      emit({ type: "error", phase: "submit", error: eventError });
      latest.current.onError?.(error);
      return null;
    } finally {
      inFlight.current = false;
    }
  }, [prepared, template, client, mutation.mutateAsync, messages, emit, bridge.flush]);

  const { setFormData } = bridge;
  const reset = useCallback(() => {
    setFormData(latest.current.initialValues ?? {});
    dispatch({ type: "reset" });
    mutation.reset();
    setFormKey((k) => k + 1);
  }, [setFormData, mutation.reset]);
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
    () => ({ messages, drafts: bridge.drafts }),
    [messages, bridge.drafts],
  );
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
      validator: credentialFormValidator,
      noValidate: true,
      noHtml5Validate: true,
      showErrorList: false,
      disabled: formDisabled,
      idPrefix,
      formContext,
    }),
    getSubmitButtonProps: () => ({ type: "submit", disabled: formDisabled, "aria-disabled": formDisabled }),
    getRetryButtonProps: () => ({ type: "button", onClick: retry }),
    getCancelButtonProps: () => ({ type: "button", onClick: cancel }),
    getLiveRegionProps: () => ({ role: "status", "aria-live": "polite", "aria-atomic": true }),
  };
}
