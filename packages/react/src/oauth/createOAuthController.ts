import type {
  ConfigError,
  EmbeddedClient,
  JSONSchema,
  PreparedForm,
  PreparedSubmission,
} from "@credential-form/core";
import type { SubmitPipeline } from "@credential-form/core/form";
import {
  type OAuthPlan,
  omitSecretPaths,
  planOAuth,
  selectOAuthOption,
  stripOAuthOutputs,
  toOAuthInputConfiguration,
  toOAuthSchema,
} from "@credential-form/core/oauth";
import type { UiSchema } from "@rjsf/utils";
import type { CredentialFormMessages } from "../messages.js";
import { assignLocation } from "./assignLocation.js";
import { buildOAuthUiSchema } from "./buildOAuthUiSchema.js";
import { dropStaleOAuthDrafts } from "./dropStaleOAuthDrafts.js";
import { OAuthConnectWidget, type OAuthWidgetOptions } from "./OAuthConnectWidget.js";
import { type OAuthMessages, oauthDefaultMessages } from "./oauthDefaultMessages.js";
import { oauthFieldLabels } from "./oauthFieldLabels.js";
import { openOAuthPopup } from "./openOAuthPopup.js";
import { rejectsOAuthSecret } from "./rejectsOAuthSecret.js";
import { saveOAuthRedirect } from "./saveOAuthRedirect.js";
import { takeOAuthRedirect } from "./takeOAuthRedirect.js";
import { toOAuthOutcome } from "./toOAuthOutcome.js";
import { valueAtPointer } from "./valueAtPointer.js";
import { createOAuthState, type OAuthOutcome, waitForOAuthResult } from "./waitForOAuthResult.js";

/**
 * Where the consent stands, as the OAuth button shows it. Never holds the secret id. `redirecting`: the tab is
 * on its way to the consent page (full-page redirect mode).
 */
export type OAuthStatus =
  | "idle"
  | "waiting"
  | "redirecting"
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
  /**
   * The host's callback page (`oauth-callback.html` or one calling `completeOAuthRedirect()`).
   * @default `${location.origin}/oauth-callback.html`
   */
  redirectUrl?: string | undefined;
  /** The form's current data (as last committed by RJSF). */
  getFormData(): Record<string, unknown>;
  /** The form's template: a full-page consent's result is taken only by a form of the same template. */
  templateId?: string | null | undefined;
  /**
   * `popup`: the consent opens in a popup (when the browser blocks it, the user may continue in this tab);
   * `redirect`: always in this tab (full-page redirect mode, e.g. on mobile browsers). @default "popup"
   */
  mode?: "popup" | "redirect" | undefined;
  /**
   * Core's `mergeConfig` and `validateNormalizedConfig` (its submit pipeline), handed in: importing them here would split
   * them into a chunk shared with the base bundle, which costs the base bundle more than this whole chunk.
   */
  core: Pick<SubmitPipeline, "mergeConfig" | "validateNormalizedConfig">;
}

/** The form's OAuth part: the button (as an RJSF widget in the OAuth option), submit adjustments, the secret. */
export interface OAuthController {
  plan: OAuthPlan;
  /** JSON pointer of the field that shows the button, and the OAuth option's errors. */
  widgetPath: string;
  /**
   * The OAuth part of the form's uiSchema, to merge over the prepared one with `mergeUiSchema`: the fields the
   * server fills hidden, the first one showing the button instead.
   */
  uiSchema: UiSchema;
  /**
   * Validates against the OAuth view of the spec when the submission (`config`: the user's oneOf picks applied)
   * chose the OAuth option, and strips the OAuth fields.
   */
  adjust(submission: PreparedSubmission, formData: Record<string, unknown>): PreparedSubmission;
  /** The secret id to create with, when the submission chose the OAuth option and it is connected. */
  secretId(submission: PreparedSubmission, formData: Record<string, unknown>): string | undefined;
  /** A create failed: a rejected secret (expired, used) asks the user to reconnect. */
  submitFailed(error: unknown): void;
  /**
   * Finishes a full-page consent this tab started from a form of the same template, once the callback page has
   * sent the browser back: hands the saved (non-secret) values to `setFormData`, then shows Connected (or the
   * error). Does nothing otherwise, and only once per controller.
   */
  resume(setFormData: (values: Record<string, unknown>) => void): void;
  getState(): OAuthViewState;
  subscribe(listener: () => void): () => void;
}

/** Creates the OAuth part of one prepared form; `null` when its `advanced_auth` gives nothing to run. */
export function createOAuthController(input: OAuthControllerInput): OAuthController | null {
  const { prepared, connectorName } = input;
  const messages: OAuthMessages = { ...oauthDefaultMessages };
  for (const [key, value] of Object.entries(input.messages)) {
    if (key.startsWith("oauth") && value !== undefined) (messages as Record<string, unknown>)[key] = value;
  }
  const { mergeConfig, validateNormalizedConfig } = input.core;
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
  // The consent last initiated: a blocked popup's link, or "continue in this tab", runs it with its own state.
  let pending: { state: string; url: string } | null = null;
  let resumed = false;
  const listeners = new Set<() => void>();
  const set = (next: Partial<OAuthViewState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const settle = (outcome: OAuthOutcome) => {
    if (outcome.kind === "connected") {
      secret = outcome.secretId;
      set({ status: "connected", consentUrl: null });
    } else if (outcome.kind !== "aborted") set({ status: outcome.kind });
  };

  // The submission's config says which option was picked (another one than the template's included); a
  // discriminator it left out (untouched) is read from the form data over the defaults.
  const chosen = ({ config }: PreparedSubmission, formData: Record<string, unknown>) => {
    if (!plan.predicate) return true;
    const { path, value } = plan.predicate;
    const picked =
      valueAtPointer(config, path) ?? valueAtPointer(mergeConfig(prepared.defaults, formData), path);
    return picked === value;
  };

  /** Full-page redirect mode: keeps the non-secret values and where to come back, then leaves for the consent. */
  function leave(consent: { state: string; url: string }) {
    const draft = {
      templateId: input.templateId ?? null,
      values: omitSecretPaths(input.getFormData(), prepared.secretPaths),
    };
    if (!saveOAuthRedirect(sessionStorage, consent.state, location.href, draft))
      return set({ status: "failed" });
    set({ status: "redirecting" });
    // Back from the consent page to this very page (back/forward cache): nothing came back, so the draft goes
    // and the button is usable again.
    const restored = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      window.removeEventListener("pageshow", restored);
      dropStaleOAuthDrafts(sessionStorage, Number.POSITIVE_INFINITY);
      if (state.status === "redirecting") set({ status: "idle" });
    };
    window.addEventListener("pageshow", restored);
    assignLocation(consent.url);
  }

  /** Runs one consent in `popup` (opened by the caller inside the click), or in this tab in redirect mode. */
  async function run(popup: Window | null, reopen: boolean) {
    attempt?.abort();
    const controller = new AbortController();
    attempt = controller;
    secret = undefined;
    try {
      let consent = reopen ? pending : null;
      if (!consent) {
        const stateId = createOAuthState();
        const redirect = new URL(input.redirectUrl ?? "/oauth-callback.html", location.href);
        redirect.searchParams.set("state", stateId);
        const config = mergeConfig(prepared.defaults, input.getFormData());
        const { consentUrl } = await input.client.initiateOAuth({
          connectorType: input.sourceDefinitionId,
          redirectUrl: redirect.toString(),
          oauthInputConfiguration: toOAuthInputConfiguration(plan, config).configuration,
          signal: controller.signal,
        });
        consent = pending = { state: stateId, url: consentUrl };
      }
      if (input.mode === "redirect") return leave(consent);
      if (!popup) return set({ status: "blocked", consentUrl: consent.url });
      popup.location.href = consent.url;
      set({ status: "waiting", consentUrl: consent.url, missing: [] });
      const outcome = await waitForOAuthResult({ popup, state: consent.state, signal: controller.signal });
      if (outcome.kind !== "aborted") popup.close();
      settle(outcome);
    } catch {
      popup?.close();
      if (!controller.signal.aborted) set({ status: "failed" });
    }
  }

  function connect(reopen = false) {
    const inputs = toOAuthInputConfiguration(plan, mergeConfig(prepared.defaults, input.getFormData()));
    if (inputs.missing.length > 0) {
      set({ status: "missing", missing: oauthFieldLabels(oauthSchema, inputs.missing) });
      return;
    }
    // Opened now, inside the click, so no popup blocker stops it; it is navigated once the URL is known.
    void run(input.mode === "redirect" ? null : openOAuthPopup(), reopen);
  }

  // Completed with the controller below (the widget reads it when it renders).
  const widgetOptions = {
    connect,
    continueInTab: () => pending && leave(pending),
    messages,
    connectorName,
    icon: input.icon,
  } as OAuthWidgetOptions;
  const uiSchema = buildOAuthUiSchema({
    prepared,
    plan,
    widgetPath,
    widget: { "ui:widget": OAuthConnectWidget, "ui:label": false, "ui:options": { cfOAuth: widgetOptions } },
  });

  const controller: OAuthController = {
    plan,
    widgetPath,
    uiSchema,
    adjust(submission, formData) {
      if (!chosen(submission, formData)) return submission;
      // The user may never have touched the oneOf: its discriminator is then not in the payload yet.
      const selected = selectOAuthOption(plan, submission.payload);
      const payload = secret ? stripOAuthOutputs(plan, selected) : selected;
      const config = selectOAuthOption(plan, submission.config);
      // The OAuth view of the normalised spec is normalised already: normalising it again costs a first submit.
      const errors: ConfigError[] = validateNormalizedConfig(
        { schema: oauthSchema, warnings: [] },
        config,
      ).errors;
      if (!secret) {
        errors.push({ path: widgetPath, message: messages.oauthRequired(connectorName), keyword: "oauth" });
      }
      return { ...submission, payload, config, errors };
    },
    secretId: (submission, formData) => (chosen(submission, formData) ? secret : undefined),
    submitFailed(error) {
      if (secret && rejectsOAuthSecret(error)) {
        secret = undefined;
        set({ status: "expired" });
      }
    },
    resume(setFormData) {
      if (resumed) return;
      resumed = true;
      const back = takeOAuthRedirect(sessionStorage, input.templateId ?? null);
      if (!back) return;
      setFormData(back.draft.values);
      settle(toOAuthOutcome(back.message));
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
