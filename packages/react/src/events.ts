import type { CreatedSource } from "@credential-form/core";

/** What events say about a created source: never the config, so never a secret. */
export interface CredentialFormSourceSummary {
  id: string;
  name: string | null;
  sourceDefinitionId: string | null;
}

/** An error as events carry it: plain data, secret values already redacted. */
export interface CredentialFormEventError {
  /** Human-readable message (redacted). */
  message: string;
  /** Machine-readable code, e.g. `validation`, `network`, `unauthorized`, `client_validation`. */
  code: string;
  /** HTTP status when the error came from the API. */
  status: number | null;
  /** Per-field messages, JSON pointers into the config. */
  fieldErrors: { path: string; message: string }[];
  /** Whether trying again may succeed. */
  retryable: boolean;
}

/** Airbyte's widget's success event (current API): the created source, without its config. */
export interface SourceCreatedEvent {
  type: "end_user_action_result";
  message: "source_created";
  data: CredentialFormSourceSummary;
}

/** Airbyte's widget's failure event (current API). */
export interface SourceCreateErrorEvent {
  type: "end_user_action_result";
  message: "source_create_error";
  error: CredentialFormEventError;
}

/** The official Airbyte widget's success event, as its oldest generation (`partial-user-configs`) named it. */
export interface PartialUserConfigCreatedEvent {
  type: "end_user_action_result";
  message: "partial_user_config_created";
  data: CredentialFormSourceSummary;
}

/** The official Airbyte widget's failure event, as its oldest generation (`partial-user-configs`) named it. */
export interface PartialUserConfigCreateErrorEvent {
  type: "end_user_action_result";
  message: "partial_user_config_create_error";
  error: CredentialFormEventError;
}

/** The form has loaded its template and specification and is ready for input. */
export interface CredentialFormReadyEvent {
  type: "ready";
  templateId: string;
  sourceDefinitionId: string;
  connectorName: string;
}

/** The user submitted valid input; the source is being created. */
export interface CredentialFormSubmitEvent {
  type: "submit";
  templateId: string;
}

/** The source was created. */
export interface CredentialFormSuccessEvent {
  type: "success";
  source: CredentialFormSourceSummary;
}

/** Something failed: loading (`load`), client-side validation (`validation`) or creation (`submit`). */
export interface CredentialFormErrorEvent {
  type: "error";
  phase: "load" | "validation" | "submit";
  error: CredentialFormEventError;
}

/** The credentials are being checked with Airbyte before the source is created. */
export interface CheckStartedEvent {
  type: "check_started";
  templateId: string;
}

/** The check passed; the source is being created. */
export interface CheckSucceededEvent {
  type: "check_succeeded";
  templateId: string;
}

/** The check failed: nothing was created. `message` is Airbyte's reason for end users, secrets redacted. */
export interface CheckFailedEvent {
  type: "check_failed";
  templateId: string;
  message: string | null;
}

/**
 * The source is created without a passed check: `off` (the `check` prop), `unsupported` (the flavour has no check
 * endpoint), or what the server answered (`inconclusive`, `skipped`, another status or none: `unknown`).
 */
export interface CheckSkippedEvent {
  type: "check_skipped";
  templateId: string;
  reason: "off" | "unsupported" | "inconclusive" | "skipped" | "unknown";
  /** Airbyte's message, if it gave one (secrets redacted). */
  message: string | null;
}

/** The user pressed Cancel. */
export interface CredentialFormCancelEvent {
  type: "cancel";
}

/** The official Airbyte widget's event after an existing source was updated (edit mode). */
export interface SourceUpdatedEvent {
  type: "end_user_action_result";
  message: "source_updated";
  data: CredentialFormSourceSummary;
}

/** The official Airbyte widget's event when an update failed (edit mode). */
export interface SourceUpdateErrorEvent {
  type: "end_user_action_result";
  message: "source_update_error";
  error: CredentialFormEventError;
}

/** Every event `onEvent` receives. */
export type CredentialFormEvent =
  | SourceCreatedEvent
  | SourceCreateErrorEvent
  | PartialUserConfigCreatedEvent
  | PartialUserConfigCreateErrorEvent
  | CredentialFormReadyEvent
  | CredentialFormSubmitEvent
  | CheckStartedEvent
  | CheckSucceededEvent
  | CheckFailedEvent
  | CheckSkippedEvent
  | CredentialFormSuccessEvent
  | CredentialFormErrorEvent
  | CredentialFormCancelEvent
  | SourceUpdatedEvent
  | SourceUpdateErrorEvent;

/** Summarises a created source for events (drops the raw response, which may echo the config). */
export function toSourceSummary(source: CreatedSource): CredentialFormSourceSummary {
  return { id: source.id, name: source.name, sourceDefinitionId: source.sourceDefinitionId };
}
