import type { TokenSource } from "@credential-form/core";
import { createRoot } from "react-dom/client";
import { CredentialWidget, type CredentialWidgetProps } from "./CredentialWidget.js";

/** Options of {@link mountCredentialWidget}: the widget's props minus the open state, which the handle drives. */
export type MountCredentialWidgetOptions = Omit<
  CredentialWidgetProps,
  "open" | "defaultOpen" | "onClose" | "onOAuthReturn" | "container" | "queryClient"
>;

/** What {@link mountCredentialWidget} returns; the same shape as Airbyte's `AirbyteEmbeddedWidget`. */
export interface CredentialWidgetHandle {
  /** Opens the dialog (moves focus into it; it returns to the element focused before). */
  open(): void;
  /** Closes the dialog; the user's place and input are kept until the next `open()`. */
  close(): void;
  /** Swaps the widget token (e.g. before it expires) without losing what the user typed. */
  updateToken(token: TokenSource): void;
  /** Unmounts the widget and removes its element; the handle does nothing afterwards. */
  destroy(): void;
}

/**
 * Mounts the drop-in widget without React on the host side: `element` (default `document.body`) receives a
 * container; `open()` shows the picker → form → success flow in a modal dialog (or in place with `inline`).
 * Mounted again on a page a full-page OAuth consent of its form came back to, it opens itself on that form.
 */
export function mountCredentialWidget(
  element: Element | undefined,
  options: MountCredentialWidgetOptions,
): CredentialWidgetHandle {
  const doc = element?.ownerDocument ?? globalThis.document;
  if (!doc) throw new Error("mountCredentialWidget needs a DOM (call it in the browser).");
  const host = element ?? doc.body;
  const container = doc.createElement("div");
  container.setAttribute("data-credential-widget", "");
  host.appendChild(container);
  const root = createRoot(container);

  let props: MountCredentialWidgetOptions = options;
  let open = options.inline === true;
  let destroyed = false;
  const render = () => {
    if (destroyed) return;
    root.render(
      <CredentialWidget
        {...props}
        open={open}
        container={container}
        onClose={() => {
          open = false;
          render();
        }}
        // Back from a full-page OAuth consent started in this widget: it opens on that form.
        onOAuthReturn={() => {
          open = true;
          render();
        }}
      />,
    );
  };
  render();

  return {
    open() {
      open = true;
      render();
    },
    close() {
      open = false;
      render();
    },
    updateToken(token) {
      props = { ...props, token };
      render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      root.unmount();
      container.remove();
    },
  };
}
