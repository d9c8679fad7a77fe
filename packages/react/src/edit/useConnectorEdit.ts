import { type Connector, CredentialApiError, isPlainObject, parsePointer } from "@credential-form/core/form";
import { useCallback, useMemo, useRef, useState } from "react";
import type { CredentialFormSourceSummary } from "../events.js";
import { fieldId } from "../fieldId.js";
import type { CredentialFormMessages } from "../messages.js";
import { toErrorSchema } from "../toErrorSchema.js";
import { useCreateForm } from "../useCredentialForm.js";
import type { UseCredentialFormOptions } from "../useCredentialFormTypes.js";
import type { ConnectorEditContext } from "./ConnectorEditContext.js";
import { type ConnectorMessages, defaultConnectorMessages } from "./connectorMessages.js";
import { editFailure } from "./editFailure.js";
import { explainHiddenOAuthErrors } from "./explainHiddenOAuthErrors.js";
import type { EditState, UseConnectorEditOptions, UseConnectorEditResult } from "./useConnectorEditTypes.js";
import { withoutPointer } from "./withoutPointer.js";
import { withoutTemplateDefaults } from "./withoutTemplateDefaults.js";
import { findOAuthOptions, withStoredOAuth } from "./withStoredOAuth.js";

export type {
  ConnectorEditStatus,
  UseConnectorEditOptions,
  UseConnectorEditResult,
} from "./useConnectorEditTypes.js";

import { planConnectorUpdate } from "./planConnectorUpdate.js";
import { splitMaskedSecrets } from "./splitMaskedSecrets.js";

/** A copy of a set without one item. */
function withoutItem(set: ReadonlySet<string>, item: string): ReadonlySet<string> {
  const next = new Set(set);
  next.delete(item);
  return next;
}

/** RJSF field id → JSON pointer, for the secret widget to find its state. */
function idsOf(pointers: ReadonlySet<string>, idPrefix: string): ReadonlyMap<string, string> {
  return new Map([...pointers].map((pointer) => [fieldId(idPrefix, parsePointer(pointer)), pointer]));
}

const IDLE: EditState = { status: "idle", errors: null, submitError: null, announcement: "" };

/** What the form starts from for a stored connector: its config without the template's values, masks out. */
const startOf = (connector: Connector | null) =>
  connector
    ? splitMaskedSecrets(withoutTemplateDefaults(connector.config, connector.template.partialDefaultConfig))
    : { values: {}, masked: [] };

/**
 * Edit mode of the form: starts from a stored connector (secrets shown as "unchanged", never as the mask), sends
 * only what the user changed (`buildConnectorUpdate`), checks the update before applying it, and reports
 * `source_updated` / `source_update_error`.
 */
export function useConnectorEdit(options: UseConnectorEditOptions): UseConnectorEditResult {
  const { connector: loaded, client, ...rest } = options;
  const latest = useRef(options);
  latest.current = options;
  // The config the edit started from (null while the connector loads); a save moves it to what the server holds.
  const [baseline, setBaseline] = useState(loaded);
  const split = useMemo(() => startOf(baseline), [baseline]);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(split.masked));
  // Stored optional secrets the user chose to remove: sent as null.
  const [cleared, setCleared] = useState<ReadonlySet<string>>(() => new Set());
  const stored = baseline?.template;
  const template = useMemo(
    () =>
      stored
        ? {
            id: stored.id,
            name: stored.name,
            sourceDefinitionId: stored.sourceDefinitionId,
            partialDefaultConfig: stored.partialDefaultConfig,
            userConfigSpec: stored.userConfigSpec,
          }
        : null,
    [stored],
  );
  const form = useCreateForm({ ...rest, template, initialValues: split.values });
  const [edit, setEdit] = useState<EditState>(IDLE);
  const data = useRef<Record<string, unknown>>(split.values);
  const busy = useRef(false);
  const { prepared, setFormData } = form;
  const base = form.getFormProps();
  // The oneOf options the user picked (a stable record the theme's OneOfField writes).
  const choices = (base.formContext as ConnectorEditContext | undefined)?.oneOfChoices;
  /** Starts (over) from a connector as the server holds it: after loading it, and after each save. */
  const startFrom = useCallback(
    (connector: Connector) => {
      const next = startOf(connector);
      setBaseline(connector);
      setKept(new Set(next.masked));
      setCleared(new Set());
      data.current = next.values;
      setFormData(next.values);
    },
    [setFormData],
  );
  // The connector arrived after the first render (or another one was given): adjusted during render, so no
  // commit shows the form without it.
  if (loaded && loaded.id !== baseline?.id) {
    startFrom(loaded);
    setEdit(IDLE);
  }
  const messages = useMemo(
    () =>
      ({
        ...defaultConnectorMessages,
        ...options.locale?.connectorMessages,
        ...form.messages,
      }) as CredentialFormMessages & ConnectorMessages,
    [form.messages, options.locale],
  );
  const emit = useCallback(
    (event: Parameters<NonNullable<UseCredentialFormOptions["onEvent"]>>[0]) =>
      latest.current.onEvent?.(event),
    [],
  );

  const submit = useCallback(
    async (submitted?: Record<string, unknown>): Promise<CredentialFormSourceSummary | null> => {
      if (busy.current || !prepared || !baseline || latest.current.disabled) return null;
      busy.current = true;
      let secrets: string[] = [];
      try {
        // A text field commits its draft on blur: let the one being typed in hand its value over first.
        const active = document.activeElement;
        if (active instanceof HTMLElement && active.matches("input, textarea")) {
          active.blur();
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        // RJSF's own state at submit time (its onChange may reach us a little later), else the last reported data.
        const plan = planConnectorUpdate({
          prepared,
          formData: submitted ?? data.current,
          baseline,
          kept,
          cleared,
          name: latest.current.name,
          choices,
        });
        secrets = plan.secrets;
        if (plan.errors) {
          const oauth = findOAuthOptions(form.uiSchema);
          const errors = explainHiddenOAuthErrors(
            plan.errors,
            oauth,
            messages.editOAuthUnavailable(oauth?.connectorName ?? ""),
          );
          const mapped = toErrorSchema(errors, prepared.schema, { isPlainObject, parsePointer });
          const announcement = messages.errorCount(mapped.count);
          setEdit({ status: "error", errors: mapped, submitError: null, announcement });
          return null;
        }
        const { update } = plan;
        if (!update.body) {
          setEdit({ ...IDLE, status: "nothing", announcement: messages.editNothingToSave });
          return null;
        }
        const input = { id: baseline.id, body: update.body, secrets };
        setEdit({ ...IDLE, status: "checking" });
        const checked = await client.checkConnectorUpdate(input);
        if (checked.status === "failed") {
          throw new CredentialApiError({
            code: "check_failed",
            status: 200,
            message: checked.message ?? messages.editSubmitError,
          });
        }
        setEdit({ ...IDLE, status: "saving" });
        const updated = await client.updateConnector({ ...input, check: "off" });
        const summary: CredentialFormSourceSummary = {
          id: updated.id,
          name: updated.name,
          sourceDefinitionId: updated.template.sourceDefinitionId,
        };
        startFrom(updated);
        setEdit({ ...IDLE, status: "saved", announcement: messages.editSaved });
        emit({ type: "end_user_action_result", message: "source_updated", data: summary });
        emit({ type: "success", source: summary });
        latest.current.onSuccess?.(summary);
        return summary;
      } catch (caught) {
        const { error, eventError, state } = editFailure(caught, secrets, prepared.schema, messages);
        setEdit(state);
        emit({ type: "end_user_action_result", message: "source_update_error", error: eventError });
        emit({ type: "error", phase: "submit", error: eventError });
        latest.current.onError?.(error);
        return null;
      } finally {
        busy.current = false;
      }
    },
    [prepared, kept, cleared, baseline, client, messages, startFrom, emit, choices, form.uiSchema],
  );

  const replaceSecret = useCallback((pointer: string) => {
    setKept((current) => withoutItem(current, pointer));
  }, []);
  const keepSecret = useCallback((pointer: string) => {
    data.current = withoutPointer(data.current, pointer);
    setKept((current) => new Set(current).add(pointer));
    setCleared((current) => withoutItem(current, pointer));
  }, []);
  const clearSecret = useCallback((pointer: string) => {
    data.current = withoutPointer(data.current, pointer);
    setKept((current) => withoutItem(current, pointer));
    setCleared((current) => new Set(current).add(pointer));
  }, []);

  // No "Connect with …" here: an update cannot send a new consent (see StoredOAuthWidget).
  const uiSchema = useMemo(() => withStoredOAuth(form.uiSchema), [form.uiSchema]);
  const prefix = base.idPrefix ?? "root";
  const keptIds = useMemo(() => idsOf(kept, prefix), [kept, prefix]);
  const clearedIds = useMemo(() => idsOf(cleared, prefix), [cleared, prefix]);
  const busyNow = edit.status === "checking" || edit.status === "saving";
  const status = busyNow ? (edit.status === "checking" ? "checking" : "submitting") : form.status;
  const disabled = base.disabled === true || busyNow;
  const context: ConnectorEditContext = {
    ...base.formContext,
    // Edit mode's strings too, for KeptSecretWidget (the locale's `connectorMessages` included).
    messages,
    keptSecrets: keptIds,
    clearedSecrets: clearedIds,
    replaceSecret,
    keepSecret,
    clearSecret,
    storedConfig: baseline?.config,
  };
  return {
    ...form,
    messages,
    uiSchema,
    status,
    editStatus: edit.status,
    keptSecrets: kept,
    clearedSecrets: cleared,
    replaceSecret,
    keepSecret,
    clearSecret,
    submitError: edit.submitError ?? form.submitError,
    errors: edit.errors?.errorSchema ?? form.errors,
    errorCount: edit.errors?.count ?? form.errorCount,
    announcement: edit.announcement || form.announcement,
    // A headless UI sets the data itself: what it sets is what a save compares with the stored connector.
    setFormData: (next) => {
      data.current = next;
      setFormData(next);
    },
    submit,
    retry: () => (form.loadError ? form.retry() : void submit()),
    getRootProps: (props) => ({
      ...form.getRootProps(props),
      "aria-busy": form.status === "loading" || busyNow,
      "data-status": status,
    }),
    getFormProps: () => ({
      ...base,
      ...(uiSchema ? { uiSchema } : {}),
      onSubmit: (event) => void submit(event.formData),
      onChange: (event, id) => {
        data.current = event.formData ?? {};
        // The "nothing to save" / "saved" note stays until the next save: removing it here (on the blur that
        // precedes a click) would shift the page under the pointer and the click would miss the Save button.
        base.onChange?.(event, id);
      },
      extraErrors: edit.errors?.errorSchema ?? base.extraErrors,
      disabled,
      formContext: context,
    }),
    getSubmitButtonProps: () => ({ type: "submit", disabled, "aria-disabled": disabled }),
    getRetryButtonProps: () => ({
      type: "button",
      onClick: () => (form.loadError ? form.retry() : void submit()),
    }),
  };
}
