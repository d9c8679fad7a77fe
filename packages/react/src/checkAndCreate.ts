import type {
  CreatedSource,
  CreateSourceInput,
  CredentialApiError,
  EmbeddedClient,
  SourceTemplate,
} from "@credential-form/core";
import type { CheckSkippedEvent, CredentialFormEvent } from "./events.js";
import type { FormAction } from "./formMachine.js";

/** What {@link checkAndCreate} needs: the client, what to send, and the form's dispatch and emit. */
export interface CheckAndCreateInput {
  client: EmbeddedClient;
  template: SourceTemplate;
  config: Record<string, unknown>;
  secrets: readonly string[];
  name: string | undefined;
  /** The secret id of a finished OAuth consent, sent instead of the OAuth fields. */
  serverSideOAuthSecretId?: string | undefined;
  /** The `check` prop. @default "before-create" */
  check: "before-create" | "off" | undefined;
  /** Sends the create (the form's mutation); the check has already run. */
  create: (input: CreateSourceInput) => Promise<CreatedSource>;
  dispatch: (action: FormAction) => void;
  emit: (event: CredentialFormEvent) => void;
  /** What to tell the user when a create's outcome is unknown and cannot be looked up. */
  outcomeUnknownMessage: string;
  /**
   * Core's `CredentialApiError`, handed in by the base bundle: importing it here would split the code this module
   * shares with the first load into a chunk of its own (see `createOAuthController`'s `core`).
   */
  ApiError: typeof CredentialApiError;
}

/** Whether the create may have happened although no answer says so. */
function isAmbiguous(error: unknown, ApiError: typeof CredentialApiError): error is CredentialApiError {
  if (!(error instanceof ApiError)) return false;
  const { code, status } = error;
  return (
    code === "network" ||
    code === "timeout" ||
    (code === "bad_response" && status !== null && status >= 200 && status < 300)
  );
}

/**
 * The request half of a submit: checks the credentials (status `checking`, events `check_*`) when the flavour
 * can and `check` is on, then creates the source (status `submitting`). A failed check throws `check_failed`
 * (retryable: the user fixes a value and tries again); a create whose outcome is unknown is looked up in the
 * workspace's connectors before it is reported as failed (`resolveAmbiguousCreate`, loaded on demand), and throws
 * `CreateOutcomeUnknownError` when the lookup fails too, since a Retry could then create the source twice.
 */
export async function checkAndCreate(input: CheckAndCreateInput): Promise<CreatedSource> {
  const { client, template, config, secrets, name, dispatch, emit } = input;
  const templateId = template.id;
  const { serverSideOAuthSecretId } = input;
  const base = {
    templateId,
    template,
    config,
    secrets,
    ...(name === undefined ? {} : { name }),
    ...(serverSideOAuthSecretId ? { serverSideOAuthSecretId } : {}),
  };
  if (!client.flavour.checkPath || input.check === "off") {
    const reason = client.flavour.checkPath ? "off" : "unsupported";
    emit({ type: "check_skipped", templateId, reason, message: null });
  } else {
    dispatch({ type: "check" });
    emit({ type: "check_started", templateId });
    const check = await client.checkSource(base);
    if (check.status === "failed") {
      emit({ type: "check_failed", templateId, message: check.message });
      throw new input.ApiError({
        code: "check_failed",
        status: 200,
        // No reason from Airbyte: no text of ours either (the form shows `messages.checkFailed` in the UI's language).
        message: check.message ?? "",
        retryable: true,
      });
    }
    if (check.status === "succeeded") emit({ type: "check_succeeded", templateId });
    else {
      const { status } = check;
      const reason: CheckSkippedEvent["reason"] =
        status === "inconclusive" || status === "skipped" ? status : "unknown";
      emit({ type: "check_skipped", templateId, reason, message: check.message });
    }
  }
  dispatch({ type: "submit" });
  const sentAt = Date.now();
  try {
    return await input.create({ ...base, check: "off" });
  } catch (error) {
    if (!isAmbiguous(error, input.ApiError)) throw error;
    const { resolveAmbiguousCreate } = await import("./resolveAmbiguousCreate.js");
    return resolveAmbiguousCreate(client, { template, name, sentAt }, error, input.outcomeUnknownMessage);
  }
}
