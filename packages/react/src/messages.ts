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
  /** Label of the submit button while Airbyte checks the credentials (before creating the source). */
  checking: string;
  /** Shown when Airbyte's check rejected the credentials; Airbyte's own reason follows it. */
  checkFailed: string;
  /** Shown when the connection dropped during a create and Airbyte could not be asked whether the source exists. */
  createOutcomeUnknown: string;
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
  checking: "Checking…",
  checkFailed: "Airbyte couldn't connect with these credentials.",
  createOutcomeUnknown:
    "The connection dropped while creating the source and we couldn't tell if it was created. Check your sources before trying again.",
};
