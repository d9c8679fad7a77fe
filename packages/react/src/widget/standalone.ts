/**
 * The standalone build (`dist/standalone/credential-widget.js`, React included) for hosts without React.
 * Importing it has no side effect: nothing is attached to `window`, nothing renders until `mountCredentialWidget()`
 * or `new CredentialEmbeddedWidget()` is called.
 */

export type { CredentialEmbeddedWidgetOptions } from "./CredentialEmbeddedWidget.js";
export { CredentialEmbeddedWidget } from "./CredentialEmbeddedWidget.js";
export type { CredentialWidgetHandle, MountCredentialWidgetOptions } from "./mountCredentialWidget.js";
export { mountCredentialWidget } from "./mountCredentialWidget.js";
export type { CredentialWidgetEvent, WidgetCloseReason } from "./widgetEvents.js";
export { defaultWidgetMessages } from "./widgetMessages.js";
