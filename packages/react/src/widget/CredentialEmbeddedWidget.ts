import type { TokenSource } from "@credential-form/core";
import {
  type CredentialWidgetHandle,
  type MountCredentialWidgetOptions,
  mountCredentialWidget,
} from "./mountCredentialWidget.js";

/** Options of {@link CredentialEmbeddedWidget}: Airbyte's `{ token, onEvent }` plus the widget's own options. */
export type CredentialEmbeddedWidgetOptions = MountCredentialWidgetOptions & {
  /** Where the widget's container goes. @default document.body */
  element?: Element;
};

/**
 * A drop-in for Airbyte's `new AirbyteEmbeddedWidget({ token, onEvent }).open()`: same constructor shape,
 * methods and `onEvent` objects, rendered in the host page instead of an iframe.
 */
export class CredentialEmbeddedWidget implements CredentialWidgetHandle {
  readonly #handle: CredentialWidgetHandle;

  constructor(options: CredentialEmbeddedWidgetOptions) {
    const { element, ...rest } = options;
    this.#handle = mountCredentialWidget(element, rest);
  }

  /** Opens the dialog. */
  open(): void {
    this.#handle.open();
  }

  /** Closes the dialog. */
  close(): void {
    this.#handle.close();
  }

  /** Swaps the widget token without losing the user's input. */
  updateToken(token: TokenSource): void {
    this.#handle.updateToken(token);
  }

  /** Removes the widget from the page. */
  destroy(): void {
    this.#handle.destroy();
  }
}
