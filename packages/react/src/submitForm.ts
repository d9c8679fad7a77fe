import type {
  API_MESSAGES,
  CreatedSource,
  CreateSourceInput,
  CredentialApiError,
  EmbeddedClient,
  isPlainObject,
  PreparedForm,
  parsePointer,
  SourceTemplate,
  SubmitPipeline,
} from "@credential-form/core/form";
import { startTransition } from "react";
import { checkAndCreate } from "./checkAndCreate.js";
import type { errorMessage } from "./errorMessage.js";
import { type CredentialFormEvent, type CredentialFormSourceSummary, toSourceSummary } from "./events.js";
import type { FormAction } from "./formMachine.js";
import { localizeConfigErrors } from "./localizeConfigErrors.js";
import type { CredentialFormMessages } from "./messages.js";
import type { OAuthController } from "./oauth/createOAuthController.js";
import { officialEvent } from "./officialEvent.js";
import { toErrorSchema } from "./toErrorSchema.js";
import type { scrubFieldErrors, toEventError } from "./toEventError.js";
import { toSubmitError } from "./toSubmitError.js";
import type { CreateFormOptions } from "./useCredentialFormTypes.js";

/** What {@link submitForm} needs: the form's values, parts and callbacks, and core's code handed in. */
export interface SubmitFormInput {
  /** Core's submit pipeline (`loadSubmitPipeline`). */
  pipeline: SubmitPipeline;
  prepared: PreparedForm;
  template: SourceTemplate;
  client: EmbeddedClient;
  /** The values RJSF reported (drafts flushed). */
  formData: Record<string, unknown>;
  /** The oneOf options the user picked (`formContext.oneOfChoices`). */
  choices?: ReadonlyMap<string, number> | undefined;
  oauth: OAuthController | null | undefined;
  messages: CredentialFormMessages;
  /** The form's latest options (`locale`, `name`, `check`, the callbacks), read when they are used. */
  latest: { readonly current: CreateFormOptions };
  /** Sends the create (the form's mutation). */
  create: (input: CreateSourceInput) => Promise<CreatedSource>;
  dispatch: (action: FormAction) => void;
  emit: (event: CredentialFormEvent) => void;
  /**
   * Values the first load has anyway, handed in: importing them here (or in `toErrorSchema`, `toSubmitError`, which
   * load with this module) would split the code this chunk shares with the first load into chunks of their own,
   * each gzipped apart (see `checkAndCreate`'s `ApiError`).
   */
  shared: {
    ApiError: typeof CredentialApiError;
    apiMessages: typeof API_MESSAGES;
    errorMessage: typeof errorMessage;
    isPlainObject: typeof isPlainObject;
    parsePointer: typeof parsePointer;
    toEventError: typeof toEventError;
    scrubFieldErrors: typeof scrubFieldErrors;
    asError: (value: unknown) => Error;
  };
}

/**
 * The submit after the values are in (loaded on demand, with core's pipeline, when the form is ready): prepares
 * the submission, shows the validation errors, or checks and creates the source, and reports the outcome (state,
 * events, callbacks). Never rejects: failures are reported here and resolve with `null`.
 */
export async function submitForm(input: SubmitFormInput): Promise<CredentialFormSourceSummary | null> {
  const { prepared, template, client, formData, oauth, messages, latest, dispatch, emit, shared } = input;
  let secrets: string[] = [];
  const scrub = (text: string) => input.pipeline.scrubSecrets(text, secrets);
  try {
    const choices = Object.fromEntries(input.choices ?? []);
    let submission = input.pipeline.prepareSubmission({
      prepared,
      formData,
      flavour: client.flavour,
      choices,
    });
    if (oauth) submission = oauth.adjust(submission, formData);
    const serverSideOAuthSecretId = oauth?.secretId(submission, formData);
    secrets = submission.secrets;
    if (submission.errors.length > 0) {
      const localized = localizeConfigErrors(submission.errors, messages, latest.current.locale);
      const mapped = toErrorSchema(localized, prepared.schema, shared);
      const message = messages.errorCount(mapped.count);
      // In a transition: RJSF re-renders every field with its errors, which on a 250-field form was one task of
      // ~100 ms; React renders a transition in slices that yield to the browser, and commits once.
      startTransition(() => dispatch({ type: "invalid", fieldErrors: mapped, announcement: message }));
      const fieldErrors = shared.scrubFieldErrors(localized, scrub);
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
      serverSideOAuthSecretId,
      create: input.create,
      dispatch,
      emit,
      outcomeUnknownMessage: messages.createOutcomeUnknown,
      ApiError: shared.ApiError,
    });
    const summary = toSourceSummary(created);
    dispatch({ type: "created", source: summary, announcement: messages.success });
    emit(officialEvent(client.flavour, { data: summary }));
    emit({ type: "success", source: summary });
    latest.current.onSuccess?.(summary);
    return summary;
  } catch (caught) {
    const error = shared.asError(caught);
    oauth?.submitFailed(error);
    error.message = scrub(error.message);
    const eventError = shared.toEventError(error, scrub);
    if (eventError.fieldErrors.length > 0) {
      // The server's field errors, redacted like the event's.
      const mapped = toErrorSchema(eventError.fieldErrors, prepared.schema, shared);
      const announcement = `${messages.serverFieldErrors} ${messages.errorCount(mapped.count)}`;
      dispatch({ type: "failed", fieldErrors: mapped, announcement });
    } else {
      const submitError = toSubmitError(error, eventError, messages, shared);
      dispatch({ type: "failed", submitError, announcement: submitError.message });
    }
    emit(officialEvent(client.flavour, { error: eventError }));
    emit({ type: "error", phase: "submit", error: eventError });
    latest.current.onError?.(error);
    return null;
  }
}
