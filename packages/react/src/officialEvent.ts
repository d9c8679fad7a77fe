import type { ApiFlavour } from "@credential-form/core";
import type { CredentialFormEvent, CredentialFormEventError, CredentialFormSourceSummary } from "./events.js";

/**
 * Airbyte's widget's `end_user_action_result` event as the flavour's generation names it: `source_created` /
 * `source_create_error`, or `partial_user_config_*` for the oldest (`partial-user-configs`).
 */
export function officialEvent(
  flavour: ApiFlavour,
  outcome: { data: CredentialFormSourceSummary } | { error: CredentialFormEventError },
): CredentialFormEvent {
  const name = flavour.name === "partial-user-configs" ? "partial_user_config" : "source";
  const suffix = "data" in outcome ? "created" : "create_error";
  return { type: "end_user_action_result", message: `${name}_${suffix}`, ...outcome } as CredentialFormEvent;
}
