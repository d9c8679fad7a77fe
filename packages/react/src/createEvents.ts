import type { ApiFlavour } from "@credential-form/core";
import type { CredentialFormEvent, CredentialFormEventError, CredentialFormSourceSummary } from "./events.js";

/** Whether the flavour is the oldest generation, whose widget named its events `partial_user_config_*`. */
const oldest = (flavour: ApiFlavour) => flavour.name === "partial-user-configs";

/** Airbyte's widget's success event as the flavour's generation names it (`source_created`, formerly `partial_user_config_created`). */
export function createdEvent(flavour: ApiFlavour, data: CredentialFormSourceSummary): CredentialFormEvent {
  return oldest(flavour)
    ? { type: "end_user_action_result", message: "partial_user_config_created", data }
    : { type: "end_user_action_result", message: "source_created", data };
}

/** Airbyte's widget's failure event as the flavour's generation names it. */
export function createErrorEvent(flavour: ApiFlavour, error: CredentialFormEventError): CredentialFormEvent {
  return oldest(flavour)
    ? { type: "end_user_action_result", message: "partial_user_config_create_error", error }
    : { type: "end_user_action_result", message: "source_create_error", error };
}
