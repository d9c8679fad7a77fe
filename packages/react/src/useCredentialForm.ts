import {
  type ApiFlavour,
  buildPayload,
  type CreatedSource,
  type CreateSourceInput,
  CredentialApiError,
  canCompileSchemas,
  createEmbeddedClient,
  createRegistryClient,
  decodeWidgetToken,
  type FlavourName,
  type JSONSchema,
  loadSchemaInterpreter,
  mergeConfig,
  normalizeSpec,
  RegistryError,
  type SourceDefinition,
  type SourceTemplate,
  secretValues,
  subtractDefaults,
  TokenError,
  type TokenSource,
  toUiSchema,
  validateFullConfig,
} from "@credential-form/core";
import type { FormProps, IChangeEvent } from "@rjsf/core";
import type { ErrorSchema, RJSFSchema, UiSchema } from "@rjsf/utils";
import { type QueryClient, useMutation, useQuery } from "@tanstack/react-query";
import {
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { dropUntouchedValues } from "./dropUntouchedValues.js";
import {
  type CredentialFormEvent,
  type CredentialFormEventError,
  type CredentialFormSourceSummary,
  toSourceSummary,
} from "./events.js";
import { mergeUiSchema } from "./mergeUiSchema.js";
import { type CredentialFormMessages, defaultMessages } from "./messages.js";
import { connectorSpecQuery, credentialFormQueryKey, sourceTemplateQuery } from "./queries.js";
import type { CredentialFormContext } from "./theme/formMessages.js";
import { toErrorSchema } from "./toErrorSchema.js";
import { useDeepStable } from "./useDeepStable.js";
import { useLatestTokenProvider } from "./useLatestTokenProvider.js";
import { useResolvedQueryClient } from "./useResolvedQueryClient.js";
import { credentialFormValidator } from "./validator.js";

/** A source template given inline (no API call) or by id (fetched from the Embedded API). */
export type CredentialFormTemplate =
  | {
      /** Source template id (sent with the created source). */
      id: string;
      /** The connector's source definition id in the registry. */
      sourceDefinitionId: string;
      /** Config values the template already sets; these fields are never shown. @default {} */
      partialDefaultConfig?: Record<string, unknown>;
      /** A spec override attached to the template; replaces the subtracted registry spec when set. */
      userConfigSpec?: JSONSchema | null;
      /** Display name. @default the id */
      name?: string;
    }
  | {
      /** Source template id, fetched from the Embedded API. */
      id: string;
    };

/** Options of {@link useCredentialForm} (the props of `<CredentialForm>` minus rendering overrides). */
export interface UseCredentialFormOptions {
  /** Widget token from the host backend, or a callback resolving to a fresh one (used again after a 401). */
  token: TokenSource;
  /** The source template, inline or `{ id }` to fetch it. */
  template: CredentialFormTemplate;
  /** API generation used to create the source. @default "partial-user-configs" */
  flavour?: FlavourName | ApiFlavour;
  /** Embedded API base URL. @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** Connector registry URL. @default core's `DEFAULT_REGISTRY_URL` */
  registryUrl?: string;
  /** `fetch` used for every request (API and registry). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Name of the created source, for flavours that accept one. */
  name?: string;
  /** Values the form starts with (user-schema shape). @default {} */
  initialValues?: Record<string, unknown>;
  /** uiSchema merged over the computed one (host wins). */
  uiSchema?: UiSchema;
  /** UI strings, merged over {@link defaultMessages}. */
  messages?: Partial<CredentialFormMessages>;
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
  /** A QueryClient to use instead of the surrounding provider's (or the isolated one). */
  queryClient?: QueryClient;
}

/** Where the form stands. */
export type CredentialFormStatus = "loading" | "ready" | "submitting" | "success" | "error";

/** Why the form could not load. */
export interface CredentialFormLoadError {
  /**
   * Which step failed. `validator`: the eval-free validator, which a page whose Content-Security-Policy forbids
   * `'unsafe-eval'` needs, could not be loaded (its chunk did not download).
   */
  kind: "token" | "template" | "registry" | "spec" | "validator";
  /** What to tell the user (from `messages`). */
  message: string;
  /** The underlying error. */
  error: Error;
}

/** Why creating the source failed (shown as a form-level alert with Retry). */
export interface CredentialFormSubmitError {
  /** What to tell the user (from `messages`, or the server's redacted message). */
  message: string;
  /** The underlying error. */
  error: Error;
  /** Whether trying again may succeed. */
  retryable: boolean;
}

type RootProps = HTMLAttributes<HTMLDivElement> & {
  ref: RefObject<HTMLDivElement | null>;
  "data-status": string;
};
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

const NO_ERRORS: ErrorSchema = {};
const EMPTY_SCHEMA: RJSFSchema = {};
const EMPTY_UI_SCHEMA: UiSchema = {};

interface Prepared {
  fullSchema: JSONSchema;
  schema: RJSFSchema;
  uiSchema: UiSchema;
  defaults: Record<string, unknown>;
}

// Per user-schema object (core caches those per spec and defaults): RJSF's validator re-compiles its root schema
// whenever it is handed a new object, ~150 ms on the largest real spec, so every mount must get the same one.
const rjsfSchemas = new WeakMap<JSONSchema, RJSFSchema>();

function withoutMetaSchema(schema: JSONSchema): RJSFSchema {
  let out = rjsfSchemas.get(schema);
  if (!out) {
    const { $schema: _ignored, ...rest } = schema;
    out = rest as RJSFSchema;
    rjsfSchemas.set(schema, out);
  }
  return out;
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(typeof value === "string" ? value : "Unknown error");
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join("••••••");
  return out;
}

function redactFieldErrors(
  errors: readonly { path: string; message: string }[],
  secrets: readonly string[],
): { path: string; message: string }[] {
  return errors.map((e) => ({ path: e.path, message: redact(e.message, secrets) }));
}

function toEventError(error: Error, secrets: readonly string[]): CredentialFormEventError {
  const known =
    error instanceof CredentialApiError || error instanceof TokenError || error instanceof RegistryError
      ? error
      : null;
  return {
    message: redact(error.message, secrets),
    code: known?.code ?? (error.name || "error"),
    status: known instanceof TokenError ? null : (known?.status ?? null),
    fieldErrors: redactFieldErrors(error instanceof CredentialApiError ? error.fieldErrors : [], secrets),
    retryable: Boolean((error as { retryable?: unknown }).retryable),
  };
}

/** What to tell the user when `error` means the session cannot be used; null when it means something else. */
function sessionMessage(error: unknown, messages: CredentialFormMessages): string | null {
  if (error instanceof TokenError)
    return error.code === "expired" ? messages.sessionExpired : messages.tokenInvalid;
  if (!(error instanceof CredentialApiError)) return null;
  // A 403 is not an expired session: the token is valid but scoped to another workspace.
  return error.code === "forbidden"
    ? messages.forbidden
    : error.code === "unauthorized"
      ? messages.sessionExpired
      : null;
}

function isInlineTemplate(
  template: CredentialFormTemplate,
): template is Extract<CredentialFormTemplate, { sourceDefinitionId: string }> {
  return typeof (template as { sourceDefinitionId?: unknown }).sourceDefinitionId === "string";
}

function usableTokenString(token: TokenSource): boolean {
  if (typeof token !== "string") return false;
  try {
    const expiresAt = decodeWidgetToken(token).expiresAt;
    return expiresAt === null || expiresAt.getTime() > Date.now();
  } catch {
    return false;
  }
}

/**
 * The headless layer of `<CredentialForm>`: loads the template and connector spec with TanStack Query,
 * computes the user schema, validates the merged config on submit and creates the source as a mutation.
 */
export function useCredentialForm(options: UseCredentialFormOptions): UseCredentialFormResult {
  const messages = useMemo(() => ({ ...defaultMessages, ...options.messages }), [options.messages]);
  const instanceId = useId();
  const idPrefix = `cf${instanceId.replace(/[^A-Za-z0-9]/g, "")}`;

  // Latest callbacks in refs: a new identity on every host render must not rebuild clients or refetch.
  const latest = useRef(options);
  latest.current = options;
  const emit = useCallback((event: CredentialFormEvent) => latest.current.onEvent?.(event), []);

  const queryClient = useResolvedQueryClient(options.queryClient);

  const stableFetch = useMemo(
    () => ((input, init) => (latest.current.fetch ?? globalThis.fetch)(input, init)) as typeof fetch,
    [],
  );
  const tokenProvider = useLatestTokenProvider(options.token);

  const { baseUrl, registryUrl, flavour } = options;
  const client = useMemo(
    () =>
      createEmbeddedClient({
        token: tokenProvider,
        fetch: stableFetch,
        ...(baseUrl === undefined ? {} : { baseUrl }),
        // Core's default is now the current API ("agent-api"); React keeps the first generation until its
        // check-before-create UX lands (issue #17).
        flavour: flavour ?? "partial-user-configs",
      }),
    [tokenProvider, stableFetch, baseUrl, flavour],
  );
  const registry = useMemo(
    () =>
      createRegistryClient({
        fetch: stableFetch,
        ...(registryUrl === undefined ? {} : { url: registryUrl }),
      }),
    [stableFetch, registryUrl],
  );

  const templateInput = useDeepStable(options.template);
  const inlineTemplate = useMemo<SourceTemplate | null>(
    () =>
      isInlineTemplate(templateInput)
        ? {
            id: templateInput.id,
            name: templateInput.name ?? templateInput.id,
            icon: null,
            sourceDefinitionId: templateInput.sourceDefinitionId,
            partialDefaultConfig: templateInput.partialDefaultConfig ?? {},
            userConfigSpec: templateInput.userConfigSpec ?? null,
          }
        : null,
    [templateInput],
  );

  const sessionQuery = useQuery(
    {
      queryKey: [...credentialFormQueryKey, "session", instanceId],
      queryFn: async () => {
        await tokenProvider.get();
        return true;
      },
      // A token string that decodes and has not expired needs no wait: the form can show in the first render.
      initialData: () => (usableTokenString(latest.current.token) ? true : undefined),
      retry: false,
      // Not 0: the query is built during render but observed only from an effect, and a zero gcTime lets a
      // timer remove it in between, so it is rebuilt and the whole form renders a second time. One entry per
      // mounted form (a boolean), collected a minute after it unmounts.
      gcTime: 60_000,
      staleTime: Number.POSITIVE_INFINITY,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const templateQuery = useQuery(
    {
      ...sourceTemplateQuery({ client, templateId: templateInput.id, baseUrl }),
      enabled: inlineTemplate === null,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const template = inlineTemplate ?? templateQuery.data ?? null;
  const specQuery = useQuery(
    {
      ...connectorSpecQuery({
        registry,
        sourceDefinitionId: template?.sourceDefinitionId ?? "",
        registryUrl,
      }),
      enabled: template !== null,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const definition = specQuery.data ?? null;

  const prepared = useMemo<Prepared | Error | null>(() => {
    if (!template || !definition) return null;
    try {
      const full = normalizeSpec(definition.spec.connectionSpecification).schema;
      const subtracted = subtractDefaults(full, template.partialDefaultConfig, {
        userSpec: template.userConfigSpec,
      });
      return {
        fullSchema: full,
        // RJSF's Ajv would try (and log a failure) to resolve `$schema` URLs such as https://…/draft-07.
        schema: withoutMetaSchema(subtracted.schema),
        uiSchema: toUiSchema(subtracted.schema, subtracted.uiSchemaHints) as unknown as UiSchema,
        defaults: template.partialDefaultConfig,
      };
    } catch (error) {
      return asError(error);
    }
  }, [template, definition]);
  const ready = prepared instanceof Error ? null : prepared;
  const hostUiSchema = useDeepStable(options.uiSchema);
  const uiSchema = useMemo(
    () => (ready ? mergeUiSchema(ready.uiSchema, hostUiSchema) : null),
    [ready, hostUiSchema],
  );

  // A page whose CSP forbids eval validates with core's interpreter: a separate chunk, loaded alongside the spec.
  const [validator, setValidator] = useState<true | Error | null>(() => (canCompileSchemas() ? true : null));
  useEffect(() => {
    if (validator !== null) return;
    let live = true;
    loadSchemaInterpreter().then(
      () => live && setValidator(true),
      (error: unknown) => live && setValidator(asError(error)),
    );
    return () => {
      live = false;
    };
  }, [validator]);

  const loadError = useMemo<CredentialFormLoadError | null>(() => {
    const fail = (kind: CredentialFormLoadError["kind"], message: string, error: unknown) => ({
      kind,
      message,
      error: asError(error),
    });
    const sessionError = sessionQuery.error;
    if (sessionError)
      return fail("token", sessionMessage(sessionError, messages) ?? messages.sessionExpired, sessionError);
    const templateError = inlineTemplate === null && templateQuery.error;
    if (templateError) {
      const session = sessionMessage(templateError, messages);
      return session
        ? fail("token", session, templateError)
        : fail("template", messages.templateLoadError, templateError);
    }
    if (specQuery.error) return fail("registry", messages.specLoadError, specQuery.error);
    if (prepared instanceof Error) return fail("spec", messages.specLoadError, prepared);
    return validator instanceof Error ? fail("validator", messages.specLoadError, validator) : null;
  }, [
    sessionQuery.error,
    templateQuery.error,
    specQuery.error,
    prepared,
    validator,
    inlineTemplate,
    messages,
  ]);

  const [formData, setFormDataState] = useState<Record<string, unknown>>(() => options.initialValues ?? {});
  const formDataRef = useRef(formData);
  // RJSF runs uncontrolled: it owns the data and reports it through `onChange`. Handing its own data back as a
  // new `formData` prop would make it re-derive its whole state (defaults, oneOf matches) and re-render every
  // field, and a stale copy would overwrite what the user typed the next time any other prop changes. Data from
  // outside (initial values, the host's `setFormData`, `reset`) is `initialFormData` for a form that mounts
  // later, and `formData` for the one commit in which a mounted form takes it (`live`).
  const [pushed, setPushed] = useState(() => ({ data: formData, live: false }));
  const setFormData = useCallback((data: Record<string, unknown>) => {
    formDataRef.current = data;
    setFormDataState(data);
    setPushed({ data, live: true });
  }, []);
  useEffect(() => {
    if (pushed.live) setPushed({ data: pushed.data, live: false });
  }, [pushed]);
  // Set together (a new object each time, which also asks for the focus on the first invalid field).
  const [fieldErrors, setFieldErrors] = useState<{ errorSchema: ErrorSchema; count: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [submitError, setSubmitError] = useState<CredentialFormSubmitError | null>(null);
  const [createdSource, setCreatedSource] = useState<CredentialFormSourceSummary | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const inFlight = useRef(false);
  // Text widgets keep keystrokes to themselves until blur (so typing does not re-render the whole form).
  const [drafts] = useState(() => new Set<() => boolean>());
  const rootRef = useRef<HTMLDivElement | null>(null);

  const mutation = useMutation(
    {
      mutationFn: (input: CreateSourceInput) => client.createSource(input),
      retry: false,
    },
    queryClient,
  );

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
    if (!ready || !template || !definition || readyReported.current) return;
    readyReported.current = true;
    emit({
      type: "ready",
      templateId: template.id,
      sourceDefinitionId: template.sourceDefinitionId,
      connectorName: definition.name,
    });
  }, [ready, template, definition, emit]);

  // Focus the first invalid field once RJSF has rendered the errors (it may take an extra render).
  useEffect(() => {
    if (!fieldErrors) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      const root = rootRef.current;
      // An invalid input first; else the first control of a field whose error has no input of its own (arrays).
      const errorList = root?.querySelector(".cf-errors");
      const target =
        root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        errorList
          ?.closest(".cf-field")
          ?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button") ??
        root?.querySelector<HTMLElement>('[role="alert"]');
      if (target && (errorList || tries >= 5)) {
        target.focus();
        return;
      }
      if (tries++ < 10) timer = setTimeout(attempt, 16);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [fieldErrors]);

  const submit = useCallback(async (): Promise<CredentialFormSourceSummary | null> => {
    // A ref, not state: two clicks in the same frame must not both get through.
    if (inFlight.current || !ready || !template || latest.current.disabled) return null;
    inFlight.current = true;
    let secrets: string[] = [];
    try {
      // Text inputs commit on blur; an Enter in a field (or a programmatic submit) still has drafts to hand over,
      // which reach formDataRef once RJSF has applied them (a task later at most).
      let flushed = false;
      for (const flush of [...drafts]) flushed = flush() || flushed;
      if (flushed) await new Promise((resolve) => setTimeout(resolve, 0));
      const input = formDataRef.current;
      setSubmitError(null);
      // The user's values pruned to the user schema (empty optionals dropped, discriminators filled in).
      const userConfig = buildPayload({
        schema: ready.schema as JSONSchema,
        formData: dropUntouchedValues(ready.schema, input),
        defaults: ready.defaults,
      });
      const merged = mergeConfig(ready.defaults, userConfig);
      secrets = secretValues(ready.fullSchema, merged);
      const result = validateFullConfig(ready.fullSchema, merged);
      if (!result.valid) {
        const mapped = toErrorSchema(result.errors, ready.schema);
        const message = messages.errorCount(mapped.count);
        setFieldErrors(mapped);
        setAnnouncement(message);
        emit({
          type: "error",
          phase: "validation",
          error: {
            message,
            code: "client_validation",
            status: null,
            fieldErrors: redactFieldErrors(result.errors, secrets),
            retryable: false,
          },
        });
        return null;
      }
      setFieldErrors(null);
      setAnnouncement("");
      setSubmitting(true);
      emit({ type: "submit", templateId: template.id });
      const config = client.flavour.sendsTemplateDefaults ? merged : userConfig;
      // Everything the user typed is kept out of errors, not only the secrets.
      const kept = new Set(secrets);
      JSON.stringify(input, (_key, value: unknown) => {
        if (typeof value === "string" && value.length >= 4) kept.add(value);
        return value;
      });
      const { name } = latest.current;
      const created: CreatedSource = await mutation.mutateAsync({
        templateId: template.id,
        config,
        secrets: [...kept],
        ...(name === undefined ? {} : { name }),
      });
      const summary = toSourceSummary(created);
      setCreatedSource(summary);
      setAnnouncement(messages.success);
      emit({ type: "end_user_action_result", message: "partial_user_config_created", data: summary });
      emit({ type: "success", source: summary });
      latest.current.onSuccess?.(summary);
      return summary;
    } catch (caught) {
      const error = asError(caught);
      error.message = redact(error.message, secrets);
      const eventError = toEventError(error, secrets);
      const code = error instanceof CredentialApiError ? error.code : null;
      if (eventError.fieldErrors.length > 0) {
        // The server's field errors, redacted like the event's.
        const mapped = toErrorSchema(eventError.fieldErrors, ready.schema);
        setFieldErrors(mapped);
        setAnnouncement(`${messages.serverFieldErrors} ${messages.errorCount(mapped.count)}`);
      } else {
        const message =
          sessionMessage(error, messages) ??
          (code === "network" || code === "timeout"
            ? messages.networkError
            : code === "validation" || code === "conflict"
              ? `${messages.submitError} ${eventError.message}`
              : messages.submitError);
        setSubmitError({ message, error, retryable: eventError.retryable });
        setAnnouncement(message);
      }
      emit({
        type: "end_user_action_result",
        message: "partial_user_config_create_error",
        error: eventError,
      });
      emit({ type: "error", phase: "submit", error: eventError });
      latest.current.onError?.(error);
      return null;
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }, [ready, template, client, mutation.mutateAsync, messages, emit, drafts]);

  const reset = useCallback(() => {
    setFormData(latest.current.initialValues ?? {});
    setFieldErrors(null);
    setAnnouncement("");
    setSubmitError(null);
    setCreatedSource(null);
    mutation.reset();
    setFormKey((k) => k + 1);
  }, [setFormData, mutation.reset]);

  const retry = useCallback(() => {
    if (loadError) {
      tokenProvider.invalidate();
      reportedLoadError.current = null;
      for (const query of [sessionQuery, templateQuery, specQuery]) if (query.error) void query.refetch();
      if (validator instanceof Error) setValidator(null);
      return;
    }
    void submit();
  }, [loadError, tokenProvider, sessionQuery, templateQuery, specQuery, validator, submit]);

  const cancel = useCallback(() => {
    emit({ type: "cancel" });
    latest.current.onCancel?.();
  }, [emit]);

  const status: CredentialFormStatus = loadError
    ? "error"
    : !ready || !sessionQuery.isSuccess || validator !== true
      ? "loading"
      : submitting
        ? "submitting"
        : createdSource
          ? "success"
          : submitError
            ? "error"
            : "ready";

  // RJSF already holds what it reports: the data is not handed back to it (see `pushed`).
  const onChange = useCallback((event: IChangeEvent<Record<string, unknown>>) => {
    const data = event.formData ?? {};
    formDataRef.current = data;
    setFormDataState(data);
  }, []);
  const formContext = useMemo<CredentialFormContext>(() => ({ messages, drafts }), [messages, drafts]);
  const disabled = options.disabled === true;
  const formDisabled = disabled || status === "submitting";
  const rjsfSchema = ready?.schema ?? EMPTY_SCHEMA;
  const rjsfUiSchema = uiSchema ?? EMPTY_UI_SCHEMA;
  const errors = fieldErrors?.errorSchema;
  const extraErrors = errors ?? NO_ERRORS;

  return {
    status,
    messages,
    loadError,
    submitError,
    template,
    definition,
    schema: ready?.schema ?? null,
    fullSchema: ready?.fullSchema ?? null,
    uiSchema,
    formData,
    setFormData,
    errors,
    errorCount: fieldErrors?.count ?? 0,
    announcement,
    createdSource,
    submit,
    reset,
    retry,
    cancel,
    formKey,
    getRootProps: (props = {}) => ({
      ref: rootRef,
      className: props.className ? `cf-root ${props.className}` : "cf-root",
      "aria-busy": status === "loading" || status === "submitting",
      "data-status": status,
    }),
    getFormProps: () => ({
      schema: rjsfSchema,
      uiSchema: rjsfUiSchema,
      ...(pushed.live ? { formData: pushed.data } : {}),
      initialFormData: pushed.data,
      onChange,
      // `submit` never rejects: it reports failures itself.
      onSubmit: submit,
      extraErrors,
      validator: credentialFormValidator,
      noValidate: true,
      noHtml5Validate: true,
      showErrorList: false,
      disabled: formDisabled,
      idPrefix,
      formContext,
    }),
    getSubmitButtonProps: () => ({
      type: "submit",
      disabled: formDisabled,
      "aria-disabled": formDisabled,
    }),
    getRetryButtonProps: () => ({ type: "button", onClick: retry }),
    getCancelButtonProps: () => ({ type: "button", onClick: cancel }),
    getLiveRegionProps: () => ({ role: "status", "aria-live": "polite", "aria-atomic": true }),
  };
}
