import { API_MESSAGES, type ApiErrorCode } from "@credential-form/core/form";

/** Every UI string the form shows; hosts translate by passing a partial object as the `messages` prop. */
export interface CredentialFormMessages {
  /** Label of the submit button. */
  submit: string;
  /** Label of the submit button while the source is being created. */
  submitting: string;
  /** Label of the cancel button (only shown when the host passes `onCancel`). */
  cancel: string;
  /** Label of the Retry buttons. */
  retry: string;
  /** Label of the collapsed section holding optional fields. */
  optionalFields: string;
  /** Visible text of a secret field's reveal button. */
  show: string;
  /** Visible text of a secret field's hide button. */
  hide: string;
  /** Accessible name of a secret field's reveal button. */
  showSecret: (label: string) => string;
  /** Accessible name of a secret field's hide button. */
  hideSecret: (label: string) => string;
  /** Text read to assistive technology while the form loads. */
  loading: string;
  /** Shown when the connector specification cannot be loaded from the registry. */
  specLoadError: string;
  /** Shown when the source template cannot be loaded from the API. */
  templateLoadError: string;
  /** Shown when the widget token has expired or was rejected. */
  sessionExpired: string;
  /** Shown when the widget token cannot be read. */
  tokenInvalid: string;
  /** Shown when the `getToken` callback did not answer in time (Retry asks it again). */
  tokenTimeout: string;
  /** Shown when the token is valid but not allowed to use this workspace or template (HTTP 403). */
  forbidden: string;
  /** Shown when the source cannot be created because the network failed. */
  networkError: string;
  /** Shown when the source cannot be created for another reason. */
  submitError: string;
  /** Shown above field errors the server reported. */
  serverFieldErrors: string;
  /** Shown once the source has been created. */
  success: string;
  /** Live-region announcement after a submit that found errors. */
  errorCount: (count: number) => string;
  /** Accessible name of the "add item" button of an array field. */
  addItem: (label: string) => string;
  /** Accessible name of an array item's remove button (1-based position). */
  removeItem: (position: number) => string;
  /** Accessible name of an array item's move-up button (1-based position). */
  moveItemUp: (position: number) => string;
  /** Accessible name of an array item's move-down button (1-based position). */
  moveItemDown: (position: number) => string;
  /** Visible text of the add button. */
  add: string;
  /** Visible text of the remove button. */
  remove: string;
  /** Visible text of the move-up button. */
  moveUp: string;
  /** Visible text of the move-down button. */
  moveDown: string;
  /** Placeholder option of a dropdown without a value. */
  selectPlaceholder: string;
  /** Marker appended to required field labels for screen readers. */
  required: string;
  /** Name of a oneOf option the spec gives no title (1-based position). */
  optionLabel: (position: number) => string;
  /** Form-level error when the connector specification cannot be used for validation on this page. */
  validationUnavailable: string;
  /** Form-level error when the configuration is invalid but no field is to blame. */
  configInvalid: string;
  /** Form-level error when the connector specification is too complex to check in the browser. */
  specTooComplex: string;
  /**
   * What each API error code says when the server gave no message of its own (`#` stands for the HTTP status).
   * A server's own message is shown as the server wrote it.
   */
  apiErrors: Record<ApiErrorCode, string>;
  /** Visible text of the connector header's link to the connector's setup guide. */
  setupGuide: string;
  /** Screen-reader suffix of a link that opens in a new tab. */
  opensInNewTab: string;
  /** Label of a collapsed section of optional fields: the section's title (may be empty) and how many it holds. */
  moreOptions: (section: string, count: number) => string;
  /** Label of one array item, e.g. "Ad Account ID 1" (`label` is the array's title in the singular). */
  arrayItem: (label: string, position: number) => string;
  /** Visible text and accessible name of an array's add button, e.g. "Add Ad Account ID". */
  addNamedItem: (label: string) => string;
  /** Accessible name of an array item's remove button, named after the item ("Remove Ad Account ID 1"). */
  removeNamedItem: (item: string) => string;
  /**
   * OAuth button of a connector with `advanced_auth`, e.g. "Connect with HubSpot". The OAuth strings are optional:
   * their English defaults (`oauth/oauthDefaultMessages.ts`) load with the OAuth code, not with every form.
   */
  oauthConnect?: (connector: string) => string;
  /** OAuth: shown while the consent window is open. */
  oauthWaiting?: string;
  /** OAuth: the connected state (followed by the Reconnect button). */
  oauthConnected?: string;
  /** OAuth: the button that runs the consent again. */
  oauthReconnect?: string;
  /** OAuth: the browser blocked the consent window (followed by a link that opens it). */
  oauthBlocked?: string;
  /** OAuth: the link that opens a blocked consent window. */
  oauthOpenConsent?: string;
  /** OAuth: the button, beside that link, that runs the consent in this tab instead (full-page redirect). */
  oauthContinueInTab?: string;
  /** OAuth: shown while this tab goes to the consent page (full-page redirect mode). */
  oauthRedirecting?: string;
  /** OAuth: the user denied access on the consent page. */
  oauthDenied?: string;
  /** OAuth: the user closed the consent window before finishing. */
  oauthClosed?: string;
  /** OAuth: the consent's result expired or was used before the source was created. */
  oauthExpired?: string;
  /** OAuth: any other failure of the consent. */
  oauthFailed?: string;
  /** OAuth: submitted with the OAuth option chosen but not connected. */
  oauthRequired?: (connector: string) => string;
  /** OAuth: fields needed before consent are empty (their labels follow). */
  oauthMissingInputs?: string;
  /** Label of the submit button while Airbyte checks the credentials (before creating the source). */
  checking: string;
  /** Shown when Airbyte's check rejected the credentials; Airbyte's own reason follows it. */
  checkFailed: string;
  /** Shown when the connection dropped during a create and Airbyte could not be asked whether the source exists. */
  createOutcomeUnknown: string;
  /**
   * Yes option of a boolean shown as a dropdown or radio group. This key and the ones below are strings RJSF itself
   * shows inside our theme, passed to it as `translateString` by the locale's `rjsfTranslator`; they are optional:
   * without them RJSF shows its own English, so forms do not ship a second English copy. The locale packs have them.
   */
  yes?: string;
  /** No option of a boolean shown as a dropdown or radio group. */
  no?: string;
  /** Initial value of a key the user adds to a free-form object. */
  newValue?: string;
  /** Label of the key input of a free-form object's entry (`label` is the entry's). */
  keyLabel?: (label: string) => string;
  /** Label of a field the spec marks deprecated. */
  deprecated?: (label: string) => string;
  /** Name of an untitled anyOf option of a titled field (1-based position). */
  namedOptionLabel?: (title: string, position: number) => string;
  /** Why a list field cannot be shown: the spec does not say what its items are. */
  missingItems?: string;
  /** Shown in place of a field the form cannot render (`field` its id and `reason` why, either may be empty). */
  unsupportedField?: (field: string, reason: string) => string;
}

/** The English UI strings used when the host passes no `messages`. */
export const defaultMessages: CredentialFormMessages = {
  submit: "Submit",
  submitting: "Submitting…",
  cancel: "Cancel",
  retry: "Retry",
  optionalFields: "Optional fields",
  show: "Show",
  hide: "Hide",
  showSecret: (label) => `Show ${label}`,
  hideSecret: (label) => `Hide ${label}`,
  loading: "Loading the connector form…",
  specLoadError: "We couldn't load the connector specification.",
  templateLoadError: "We couldn't load the source template.",
  sessionExpired: "Your session has expired. Please reload the page or sign in again.",
  tokenInvalid: "The widget token is invalid. Please reload the page.",
  tokenTimeout: "Loading the widget token took too long. Please try again.",
  forbidden: "You don't have access to this workspace. Ask the app you came from to sign you in again.",
  networkError: "We couldn't reach Airbyte. Check your connection and try again.",
  submitError: "We couldn't create the source. Please try again.",
  serverFieldErrors: "Airbyte rejected some values. Please correct the highlighted fields.",
  success: "Your source has been created.",
  errorCount: (count) =>
    count === 1 ? "1 field needs your attention." : `${count} fields need your attention.`,
  addItem: (label) => (label ? `Add an item to ${label}` : "Add an item"),
  removeItem: (position) => `Remove item ${position}`,
  moveItemUp: (position) => `Move item ${position} up`,
  moveItemDown: (position) => `Move item ${position} down`,
  add: "Add",
  remove: "Remove",
  moveUp: "Up",
  moveDown: "Down",
  selectPlaceholder: "Select…",
  required: "required",
  optionLabel: (position) => `Option ${position}`,
  validationUnavailable: "The connector specification cannot be used for validation",
  configInvalid: "The configuration is not valid",
  specTooComplex: "The connector specification is too complex to check here",
  // Core's own fallbacks: `apiErrorText` tells them from a server's words by comparing with these.
  apiErrors: API_MESSAGES,
  setupGuide: "Setup guide",
  opensInNewTab: "(opens in a new tab)",
  moreOptions: (section, count) =>
    section ? `More options for ${section} (${count})` : `More options (${count})`,
  arrayItem: (label, position) => (label ? `${label} ${position}` : `Item ${position}`),
  addNamedItem: (label) => (label ? `Add ${label}` : "Add an item"),
  removeNamedItem: (item) => `Remove ${item}`,
  checking: "Checking…",
  checkFailed: "Airbyte couldn't connect with these credentials.",
  createOutcomeUnknown:
    "The connection dropped while creating the source and we couldn't tell if it was created. Check your sources before trying again.",
};
