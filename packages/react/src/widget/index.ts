/**
 * @credential-form/react/widget — the drop-in widget: `<SourceTemplatePicker>`, `<CredentialWidget>` (picker →
 * form → success, in an accessible dialog or inline), the vanilla `mountCredentialWidget()` and the
 * `AirbyteEmbeddedWidget`-compatible `CredentialEmbeddedWidget` class.
 */

export type { CredentialEmbeddedWidgetOptions } from "./CredentialEmbeddedWidget.js";
export { CredentialEmbeddedWidget } from "./CredentialEmbeddedWidget.js";
export type { CredentialWidgetProps } from "./CredentialWidget.js";
export { CredentialWidget } from "./CredentialWidget.js";
export type { DialogCloseReason, DialogProps } from "./Dialog.js";
export { Dialog } from "./Dialog.js";
export type { CredentialWidgetHandle, MountCredentialWidgetOptions } from "./mountCredentialWidget.js";
export { mountCredentialWidget } from "./mountCredentialWidget.js";
export type { SourceTemplatePickerProps } from "./SourceTemplatePicker.js";
export { SourceTemplatePicker } from "./SourceTemplatePicker.js";
export { safeIconSrc } from "./safeIconSrc.js";
export type { UseSourceTemplatesOptions, UseSourceTemplatesResult } from "./useSourceTemplates.js";
export { useSourceTemplates } from "./useSourceTemplates.js";
export type {
  CredentialWidgetEvent,
  TemplateSelectedEvent,
  WidgetCloseEvent,
  WidgetCloseReason,
  WidgetOpenEvent,
} from "./widgetEvents.js";
export type { CredentialWidgetAllMessages, CredentialWidgetMessages } from "./widgetMessages.js";
export { defaultWidgetMessages } from "./widgetMessages.js";
export { CREDENTIAL_WIDGET_STYLE_ID, credentialWidgetCss, injectWidgetStyles } from "./widgetStyles.js";
