import type { CredentialFormEvent } from "../events.js";

/** Why the widget closed: the user (Escape, close button, Done after success) or the host (`close()`, `open` prop). */
export type WidgetCloseReason = "escape" | "close_button" | "done" | "api";

/** The widget's dialog opened. */
export interface WidgetOpenEvent {
  type: "open";
}

/** The widget's dialog closed. */
export interface WidgetCloseEvent {
  type: "close";
  reason: WidgetCloseReason;
}

/** The user chose a source template in the picker. */
export interface TemplateSelectedEvent {
  type: "template_selected";
  templateId: string;
  templateName: string;
}

/**
 * Every event the widget's `onEvent` receives: the form's (including the official widget's
 * `end_user_action_result` events, unchanged) plus the widget's own. Never a secret value.
 */
export type CredentialWidgetEvent =
  | CredentialFormEvent
  | WidgetOpenEvent
  | WidgetCloseEvent
  | TemplateSelectedEvent;
