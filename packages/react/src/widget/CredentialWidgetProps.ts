import type { ApiFlavour, FlavourName, SourceTemplateSummary, TokenSource } from "@credential-form/core";
import type { QueryClient } from "@tanstack/react-query";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import type { CredentialFormSourceSummary } from "../events.js";
import type { CredentialWidgetEvent, WidgetCloseReason } from "./widgetEvents.js";
import type { CredentialWidgetAllMessages } from "./widgetMessages.js";

/** Props of {@link CredentialWidget}. */
export interface CredentialWidgetProps {
  /** Scoped token (or widget token) from the host backend, or a callback resolving to a fresh one. A new string keeps the user's input. */
  token: TokenSource;
  /** Receives the official widget events (`end_user_action_result`), the form's and the widget's own; never a secret. */
  onEvent?: (event: CredentialWidgetEvent) => void;
  /** Render in place (no dialog, always shown) instead of in a modal dialog. @default false */
  inline?: boolean;
  /** Whether the dialog is open (controlled). Leave undefined to let the widget manage it from `defaultOpen`. */
  open?: boolean;
  /** Initial open state when `open` is not controlled. @default false */
  defaultOpen?: boolean;
  /** The user (Escape, close button, Done) asks to close the dialog; a controlled host sets `open` to false. */
  onClose?: (reason: WidgetCloseReason) => void;
  /** Called once a source is created, with the template it was created from. */
  onSuccess?: (source: CredentialFormSourceSummary, template: SourceTemplateSummary) => void;
  /** Start at the form of this template instead of the picker (Back still leads to the picker). */
  templateId?: string;
  /** Embedded API base URL. @default "https://api.airbyte.ai" */
  baseUrl?: string;
  /** Connector registry URL. @default core's `DEFAULT_REGISTRY_URL` */
  registryUrl?: string;
  /** API generation used to list templates and create the source (older ones by name). @default "agent-api" */
  flavour?: FlavourName | ApiFlavour;
  /** The partner's name for this end user's workspace (current API). @default read from `scoped-token/info` */
  workspaceName?: string;
  /** Check the credentials before creating the source (flavours with a check endpoint). @default "before-create" */
  check?: "before-create" | "off";
  /** `fetch` used for every request (API and registry). @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * The host's OAuth callback page for connectors with `advanced_auth` (serve
   * `@credential-form/react/oauth-callback.html`, or call `completeOAuthRedirect()` there), on the page's origin.
   * @default `${location.origin}/oauth-callback.html`
   */
  oauthRedirectUrl?: string;
  /**
   * How the OAuth consent runs (see `<CredentialForm oauthMode>`): `popup`, or `redirect`, in this tab (e.g. on
   * mobile browsers; with `popup`, "Continue in this tab" when the browser blocks the popup). Back on this page, a
   * widget mounted again opens on the same template's form with the non-secret values restored and Connected.
   * @default "popup"
   */
  oauthMode?: "popup" | "redirect";
  /**
   * A full-page OAuth consent started in this widget came back to this page (called once, after mount, with the
   * template's id): the widget shows that template's form. An uncontrolled widget (and `mountCredentialWidget`)
   * opens itself; a host controlling `open` opens the dialog here.
   */
  onOAuthReturn?: (templateId: string) => void;
  /** Name of the created source (flavours that accept one), or a function of the chosen template. */
  name?: string | ((template: SourceTemplateSummary) => string);
  /** UI strings (the widget's and the form's), merged over the locale's (single keys win over the locale pack). */
  messages?: Partial<CredentialWidgetAllMessages>;
  /** A locale pack (`@credential-form/react/locales/<code>`) for every string and validation message. @default English */
  locale?: CredentialFormLocale;
  /** Force the light or dark token set; by default it follows `prefers-color-scheme`. */
  colorScheme?: "light" | "dark";
  /** Class added to the dialog (or inline root) element. */
  className?: string;
  /** Where the dialog is rendered. @default document.body (through a portal) */
  container?: Element | null;
  /** A QueryClient to use instead of the surrounding provider's (or an isolated one). */
  queryClient?: QueryClient;
}
