import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useRef,
} from "react";
import { createPortal } from "react-dom";
import { pushModal } from "./pushModal.js";

/** Why the dialog asks to close. */
export type DialogCloseReason = "escape" | "close_button";

/** Props of {@link Dialog}. */
export interface DialogProps {
  /** Whether the dialog is shown. Closed, it stays mounted but hidden (its content keeps its state). */
  open: boolean;
  /** Called when the user asks to close (Escape or the close button); the host decides. */
  onRequestClose: (reason: DialogCloseReason) => void;
  /** The dialog's title, rendered as its `<h2>` and referenced by `aria-labelledby`. */
  title: ReactNode;
  /** Ref to the title heading (focusable with `tabIndex={-1}`: move focus there after a view change). */
  titleRef?: Ref<HTMLHeadingElement>;
  /** Accessible name of the close button. */
  closeLabel: string;
  /** Where the dialog is rendered. @default document.body (through a portal) */
  container?: Element | null;
  /** Class added to the dialog element (which always has `cf-root cf-widget cf-dialog`). */
  className?: string;
  /** Force the light or dark token set; by default it follows `prefers-color-scheme`. */
  colorScheme?: "light" | "dark";
  /** The dialog's content; put `data-autofocus` on the element that should get focus when it opens. */
  children: ReactNode;
}

const TABBABLE = [
  "a[href]",
  "area[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "iframe",
  "summary",
  "[contenteditable='true']",
  "[tabindex]",
].join(",");

function isVisible(element: HTMLElement): boolean {
  if (element.closest("[hidden], [inert]")) return false;
  // jsdom has no layout: it reports no client rects for anything, so only trust them in a real browser.
  const rendered = element.getClientRects().length > 0;
  return rendered || element.ownerDocument.defaultView?.navigator.userAgent.includes("jsdom") === true;
}

/** The elements Tab reaches inside `root`, in document order (positive tabindex is not supported). */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && isVisible(element),
  );
}

/** The focused element, looked up through open shadow roots (a document only knows their host). */
function focusedElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * An accessible modal dialog: `role="dialog"`, `aria-modal="true"`, labelled by its title; while it is open the rest
 * of the page is `inert` (out of reach of pointers, Tab and screen readers' virtual cursors); focus moves in when
 * it opens, Tab and Shift+Tab cycle inside it, Escape asks to close, and focus returns to the element that had
 * it before opening. Rendered through a portal over a backdrop.
 */
export function Dialog(props: DialogProps) {
  const { open, onRequestClose, title, titleRef, closeLabel, container, className, colorScheme, children } =
    props;
  const titleId = `${useId()}-title`;
  const backdropRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const latestClose = useRef(onRequestClose);
  latestClose.current = onRequestClose;

  // A passive effect: React restores the pre-commit focus after its mutations, which would undo a move made in a
  // layout effect (cleanup) of the same commit.
  useEffect(() => {
    const backdrop = backdropRef.current;
    const dialog = dialogRef.current;
    if (!open || !backdrop || !dialog) return;
    const doc = dialog.ownerDocument;
    const previous = focusedElement(doc);

    openerRef.current = previous instanceof HTMLElement && !dialog.contains(previous) ? previous : null;
    // `inert` on the rest of the page rather than a native <dialog> with showModal(): the host decides whether
    // to close (Chromium closes a <dialog> on a second Escape even when `cancel` is prevented), the closed dialog
    // stays mounted under its own backdrop, and jsdom, where the unit tests run, has no showModal().
    // Before moving focus in: an older modal may have made this one inert, and inert elements take no focus.
    const releaseModal = pushModal(backdrop);
    const initial = dialog.querySelector<HTMLElement>("[data-autofocus]") ?? tabbables(dialog)[0] ?? dialog;
    initial.focus();
    // Focus that escapes (programmatic focus, an element the host adds later) is pulled back in, unless a newer
    // modal made this one inert: the focus is then that modal's.
    const onFocusIn = (event: FocusEvent) => {
      if (dialog.closest("[inert]")) return;
      // The element itself, not its shadow host: the dialog may be rendered in a shadow root.
      const target = event.composedPath()[0];
      if (target instanceof Node && !dialog.contains(target)) {
        (tabbables(dialog)[0] ?? dialog).focus();
      }
    };
    doc.addEventListener("focusin", onFocusIn);
    return () => {
      doc.removeEventListener("focusin", onFocusIn);
      // First, as an inert opener cannot take focus back.
      releaseModal();
      const opener = openerRef.current;
      openerRef.current = null;
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  // If the focused element disappears (a view change inside), keep focus in the dialog rather than on <body>.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const observer = new MutationObserver(() => {
      const active = focusedElement(dialog.ownerDocument);
      if (active === null || active === dialog.ownerDocument.body) dialog.focus();
    });
    observer.observe(dialog, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (event.key === "Escape") {
      event.stopPropagation();
      event.preventDefault();
      latestClose.current("escape");
      return;
    }
    if (event.key !== "Tab") return;
    const items = tabbables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    const active = focusedElement(dialog.ownerDocument);
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
    } else if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // A press on the backdrop would move focus to <body>, out of the dialog: keep it where it is.
  const onBackdropMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) event.preventDefault();
  };

  const element = (
    // biome-ignore lint/a11y/noStaticElementInteractions: not an interaction, the press only keeps focus in place.
    <div ref={backdropRef} className="cf-widget-backdrop" hidden={!open} onMouseDown={onBackdropMouseDown}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={["cf-root", "cf-widget", "cf-dialog", className].filter(Boolean).join(" ")}
        data-theme={colorScheme}
        onKeyDown={onKeyDown}
      >
        <div className="cf-widget-header">
          <h2 id={titleId} ref={titleRef} tabIndex={-1} className="cf-widget-title">
            {title}
          </h2>
          <button
            type="button"
            className="cf-button cf-widget-close"
            aria-label={closeLabel}
            onClick={() => latestClose.current("close_button")}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {children}
      </div>
    </div>
  );
  const target = container === undefined ? globalThis.document?.body : container;
  return target ? createPortal(element, target) : element;
}
