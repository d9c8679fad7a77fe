import type {
  ConfigError,
  EmbeddedClient,
  JSONSchema,
  mergeConfig as MergeConfig,
  PreparedForm,
  PreparedSubmission,
  validateFullConfig as ValidateFullConfig,
} from "@credential-form/core";
import {
  type OAuthPlan,
  planOAuth,
  selectOAuthOption,
  stripOAuthOutputs,
  toOAuthInputConfiguration,
  toOAuthSchema,
} from "@credential-form/core/oauth";
import type { UiSchema, WidgetProps } from "@rjsf/utils";
import { useSyncExternalStore } from "react";
import type { CredentialFormMessages } from "../messages.js";
import { type OAuthMessages, oauthDefaultMessages } from "./oauthDefaultMessages.js";
import { openOAuthPopup } from "./openOAuthPopup.js";
import { createOAuthState, waitForOAuthResult } from "./waitForOAuthResult.js";

/** Where the consent stands, as the OAuth button shows it. Never holds the secret id. */
export type OAuthStatus =
  | "idle"
  | "waiting"
  | "connected"
  | "blocked"
  | "denied"
  | "closed"
  | "expired"
  | "failed"
  | "missing";

/** What the OAuth button renders. */
export interface OAuthViewState {
  status: OAuthStatus;
  /** The consent page, for the link shown when the popup was blocked. */
  consentUrl: string | null;
  /** Labels of the pre-consent fields still empty (`missing`). */
  missing: string[];
}

/** Input of {@link createOAuthController}. */
export interface OAuthControllerInput {
  client: EmbeddedClient;
  prepared: PreparedForm;
  advancedAuth: unknown;
  sourceDefinitionId: string;
  connectorName: string;
  icon: string | null;
  messages: CredentialFormMessages;
  /** The host's callback page (`oauth-callback.html` or one calling `completeOAuthRedirect()`). */
  redirectUrl: string;
  /** The form's current data (as last committed by RJSF). */
  getFormData(): Record<string, unknown>;
  /**
   * Core's `mergeConfig` and `validateFullConfig`, handed in by the base bundle: importing them here would split
   * them into a chunk shared with the base bundle, which costs the base bundle more than this whole chunk.
   */
  core: { mergeConfig: typeof MergeConfig; validateFullConfig: typeof ValidateFullConfig };
}

/** The form's OAuth part: the button (as an RJSF widget in the OAuth option), submit adjustments, the secret. */
export interface OAuthController {
  plan: OAuthPlan;
  /** uiSchema hiding the fields the server fills; the first one shows the button instead. */
  uiSchema: UiSchema;
  /** Validates against the OAuth view of the spec when the OAuth option is chosen, and strips the OAuth fields. */
  adjust(submission: PreparedSubmission, formData: Record<string, unknown>): PreparedSubmission;
  /** The secret id to create with, when the OAuth option is chosen and connected. */
  secretId(formData: Record<string, unknown>): string | undefined;
  /** A create failed: a rejected secret (expired, used) asks the user to reconnect. */
  submitFailed(error: unknown): void;
  getState(): OAuthViewState;
  subscribe(listener: () => void): () => void;
}

const valueAt = (config: unknown, pointer: string): unknown =>
  pointer
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")]
          : undefined,
      config,
    );

/** The uiSchema path of a config pointer inside the OAuth option (`uiSchema.<parent>.oneOf[i].<field>`). */
function uiFor(plan: OAuthPlan, pointer: string, entry: UiSchema, collapsed: boolean): UiSchema {
  const keys = pointer.split("/").slice(1);
  // The template's defaults may have chosen the option already: the user schema then has no oneOf there.
  if (collapsed) plan = { ...plan, optionIndex: null };
  const target = plan.targetPath.split("/").slice(1);
  const build = (index: number): UiSchema => {
    if (index === keys.length) return entry;
    const key = keys[index] as string;
    const child = build(index + 1);
    // The option's fields are under `oneOf[i]` of the object holding the oneOf.
    if (plan.optionIndex !== null && index === target.length - 1) {
      const options: UiSchema[] = [];
      for (let i = 0; i <= plan.optionIndex; i++) options.push({});
      options[plan.optionIndex] = child;
      return { [key]: { oneOf: options } };
    }
    return { [key]: child };
  };
  if (plan.optionIndex !== null && target.length === 0) {
    const options: UiSchema[] = [];
    for (let i = 0; i <= plan.optionIndex; i++) options.push({});
    options[plan.optionIndex] = build(0);
    return { oneOf: options };
  }
  return build(0);
}

function deepMerge(a: UiSchema, b: UiSchema): UiSchema {
  const out: UiSchema = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    const isObject = (item: unknown) => item !== null && typeof item === "object" && !Array.isArray(item);
    if (Array.isArray(current) && Array.isArray(value) && current.every(isObject) && value.every(isObject)) {
      // uiSchemas of oneOf options, element by element, keeping the base's past the override's (the other
      // options'); an array of names (`optionalFields`) is replaced.
      out[key] = Array.from({ length: Math.max(current.length, value.length) }, (_, i) =>
        i < value.length ? deepMerge((current[i] ?? {}) as UiSchema, value[i] as UiSchema) : current[i],
      );
    } else if (isObject(current) && isObject(value)) {
      out[key] = deepMerge(current as UiSchema, value as UiSchema);
    } else out[key] = value;
  }
  return out;
}

/** Whether a create error says the OAuth secret can no longer be used. */
function rejectsSecret(error: unknown): boolean {
  const text = JSON.stringify({
    message: (error as { message?: unknown })?.message,
    fields: (error as { fieldErrors?: unknown })?.fieldErrors,
    raw: (error as { raw?: unknown })?.raw,
  });
  return /server_side_oauth_secret_id|oauth.?secret|secret.?id/i.test(text);
}

/** What the OAuth button needs, handed to it in its uiSchema's `ui:options` (`cfOAuth`). */
interface OAuthWidgetOptions {
  controller: OAuthController;
  connect(reopen?: boolean): void;
  messages: OAuthMessages;
  connectorName: string;
  icon: string | null;
}

/** The "Connect with …" button, its connected state and its errors, in place of the OAuth option's token field. */
function OAuthConnectWidget(props: WidgetProps) {
  const { controller, connect, messages, connectorName, icon } = props.options.cfOAuth as OAuthWidgetOptions;
  const view = useSyncExternalStore(controller.subscribe, controller.getState);
  const { id, disabled, readonly } = props;
  const describedBy = `${id}-oauth-status`;
  const problem: Partial<Record<OAuthStatus, string>> = {
    blocked: messages.oauthBlocked,
    denied: messages.oauthDenied,
    closed: messages.oauthClosed,
    expired: messages.oauthExpired,
    failed: messages.oauthFailed,
    missing: `${messages.oauthMissingInputs} ${view.missing.join(", ")}`,
  };
  const message = problem[view.status];
  return (
    <div className="cf-oauth" id={id} tabIndex={-1}>
      {view.status === "connected" ? (
        <p className="cf-oauth-connected">
          <span>{messages.oauthConnected}</span>{" "}
          <button
            type="button"
            className="cf-button"
            onClick={() => connect()}
            disabled={disabled || readonly}
          >
            {messages.oauthReconnect}
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="cf-button cf-button-primary cf-oauth-connect"
          onClick={() => connect()}
          disabled={disabled || readonly || view.status === "waiting"}
          aria-describedby={message ? describedBy : undefined}
        >
          {icon && <img src={icon} alt="" width={16} height={16} />}
          {messages.oauthConnect(connectorName)}
        </button>
      )}
      {view.status === "waiting" && (
        <p role="status" className="cf-oauth-status">
          {messages.oauthWaiting}
        </p>
      )}
      {message && (
        <p role="alert" id={describedBy} className="cf-oauth-error">
          {message}{" "}
          {view.status === "blocked" && view.consentUrl && (
            <a
              href={view.consentUrl}
              target="_blank"
              rel="noreferrer"
              onClick={(event) => {
                event.preventDefault();
                connect(true);
              }}
            >
              {messages.oauthOpenConsent}
            </a>
          )}
        </p>
      )}
    </div>
  );
}

/** Creates the OAuth part of one prepared form; `null` when its `advanced_auth` gives nothing to run. */
export function createOAuthController(input: OAuthControllerInput): OAuthController | null {
  const { prepared, connectorName } = input;
  const messages: OAuthMessages = { ...oauthDefaultMessages };
  for (const [key, value] of Object.entries(input.messages)) {
    if (key.startsWith("oauth") && value !== undefined) (messages as Record<string, unknown>)[key] = value;
  }
  const { mergeConfig, validateFullConfig } = input.core;
  const fullSchema = prepared.fullSchema as JSONSchema;
  const found = planOAuth(fullSchema, input.advancedAuth);
  if (!found) return null;
  const plan: OAuthPlan = found;
  const oauthSchema = toOAuthSchema(fullSchema, plan);
  // The button takes the place of the first field the server fills that the form shows.
  const widgetPath = plan.hiddenPaths[0] ?? plan.targetPath;
  let state: OAuthViewState = { status: "idle", consentUrl: null, missing: [] };
  let secret: string | undefined;
  let attempt: AbortController | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Partial<OAuthViewState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const chosen = (formData: Record<string, unknown>) =>
    !plan.predicate ||
    valueAt(mergeConfig(prepared.defaults, formData), plan.predicate.path) === plan.predicate.value;

  /** Runs one consent in `popup` (opened by the caller inside the click). */
  async function run(popup: Window | null, consentUrl?: string) {
    attempt?.abort();
    const controller = new AbortController();
    attempt = controller;
    secret = undefined;
    const stateId = createOAuthState();
    const redirect = new URL(input.redirectUrl, window.location.href);
    redirect.searchParams.set("state", stateId);
    try {
      let url = consentUrl;
      if (!url) {
        const config = mergeConfig(prepared.defaults, input.getFormData());
        const inputs = toOAuthInputConfiguration(plan, config);
        ({ consentUrl: url } = await input.client.initiateOAuth({
          connectorType: input.sourceDefinitionId,
          redirectUrl: redirect.toString(),
          oauthInputConfiguration: inputs.configuration,
          signal: controller.signal,
        }));
      }
      if (!popup) {
        set({ status: "blocked", consentUrl: url });
        return;
      }
      popup.location.href = url;
      set({ status: "waiting", consentUrl: url, missing: [] });
      const outcome = await waitForOAuthResult({ popup, state: stateId, signal: controller.signal });
      if (outcome.kind === "aborted") return;
      popup.close();
      if (outcome.kind === "connected") {
        secret = outcome.secretId;
        set({ status: "connected", consentUrl: null });
      } else set({ status: outcome.kind === "failed" ? "failed" : outcome.kind });
    } catch {
      popup?.close();
      if (!controller.signal.aborted) set({ status: "failed" });
    }
  }

  function connect(reopen = false) {
    const config = mergeConfig(prepared.defaults, input.getFormData());
    const inputs = toOAuthInputConfiguration(plan, config);
    if (inputs.missing.length > 0) {
      const labels = inputs.missing.map((path) => {
        const title = valueAt(oauthSchemaProperties(oauthSchema), path);
        return typeof title === "object" && title && typeof (title as { title?: unknown }).title === "string"
          ? (title as { title: string }).title
          : (path.split("/").pop() ?? path);
      });
      set({ status: "missing", missing: labels });
      return;
    }
    // Opened now, inside the click, so no popup blocker stops it; it is navigated once the URL is known.
    const popup = openOAuthPopup();
    void run(popup, reopen ? (state.consentUrl ?? undefined) : undefined);
  }

  // Completed with the controller below (the widget reads it when it renders).
  const widgetOptions = { connect, messages, connectorName, icon: input.icon } as OAuthWidgetOptions;
  const uiSchema = plan.hiddenPaths.reduce<UiSchema>(
    (ui, path) =>
      deepMerge(
        ui,
        uiFor(
          plan,
          path,
          path === widgetPath
            ? {
                "ui:widget": OAuthConnectWidget,
                "ui:label": false,
                "ui:options": { cfOAuth: widgetOptions },
              }
            : { "ui:widget": "hidden" },
          plan.oneOfPath !== null && !hasOneOf(prepared.schema as JSONSchema, plan.oneOfPath),
        ),
      ),
    {},
  );

  const controller: OAuthController = {
    plan,
    // Over the prepared uiSchema: the form merges it with arrays replaced, which would drop the uiSchemas of the
    // other oneOf options (e.g. the password widget of GitHub's Personal Access Token).
    uiSchema: deepMerge(
      deepMerge(prepared.uiSchema as unknown as UiSchema, uiSchema),
      shownUpFront(prepared.uiSchema as unknown as UiSchema, [
        plan.targetPath,
        ...plan.userInputs.map((i) => i.path),
      ]),
    ),
    adjust(submission, formData) {
      if (!chosen(formData)) return submission;
      // The user may never have touched the oneOf: its discriminator is then not in the payload yet.
      const selected = selectOAuthOption(plan, submission.payload);
      const payload = secret ? stripOAuthOutputs(plan, selected) : selected;
      const errors: ConfigError[] = validateFullConfig(
        oauthSchema,
        mergeConfig(prepared.defaults, payload),
      ).errors;
      if (!secret) {
        errors.push({ path: widgetPath, message: messages.oauthRequired(connectorName), keyword: "oauth" });
      }
      return { ...submission, payload, errors };
    },
    secretId: (formData) => (chosen(formData) ? secret : undefined),
    submitFailed(error) {
      if (secret && rejectsSecret(error)) {
        secret = undefined;
        set({ status: "expired" });
      }
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  widgetOptions.controller = controller;
  return controller;
}

/**
 * uiSchema taking the OAuth object and the pre-consent fields out of the collapsed "Optional fields" sections
 * (`ui:options.optionalFields` of each object on their way), so the Connect button is not hidden.
 */
function shownUpFront(base: UiSchema, pointers: string[]): UiSchema {
  let out: UiSchema = {};
  for (const pointer of pointers) {
    const keys = pointer.split("/").slice(1);
    let node: UiSchema | undefined = base;
    const patch: UiSchema = {};
    let at = patch;
    keys.forEach((key, depth) => {
      const optional = (node?.["ui:options"] as { optionalFields?: unknown } | undefined)?.optionalFields;
      if (Array.isArray(optional) && optional.includes(key)) {
        at["ui:options"] = { optionalFields: optional.filter((name) => name !== key) };
      }
      if (depth < keys.length - 1) {
        at[key] = {};
        at = at[key] as UiSchema;
        node = node?.[key] as UiSchema | undefined;
      }
    });
    out = deepMerge(out, patch);
  }
  return out;
}

/** Whether the (user) schema still has a oneOf at a config pointer. */
function hasOneOf(schema: JSONSchema, pointer: string): boolean {
  let node: JSONSchema | undefined = schema;
  for (const key of pointer.split("/").slice(1)) node = node?.properties?.[key] as JSONSchema | undefined;
  return Array.isArray(node?.oneOf);
}

/** Schema lookups by config pointer: the schema's properties, following the oneOf options. */
function oauthSchemaProperties(schema: JSONSchema): unknown {
  const walk = (node: JSONSchema): unknown => {
    const out: Record<string, unknown> = { ...node };
    const properties: Record<string, unknown> = {};
    for (const candidate of [node, ...((node.oneOf ?? []) as JSONSchema[])]) {
      for (const [key, value] of Object.entries(candidate.properties ?? {})) {
        properties[key] ??= walk(value as JSONSchema);
      }
    }
    return Object.assign(out, properties);
  };
  return walk(schema);
}
