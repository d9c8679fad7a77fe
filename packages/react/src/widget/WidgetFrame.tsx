import type { EmbeddedClient } from "@credential-form/core";
import { type ReactNode, type RefObject, useId } from "react";
import { sharedClientContext } from "../sharedClientContext.js";
import { sharedTokenContext } from "../sharedTokenContext.js";
import type { LatestToken } from "../useLatestTokenProvider.js";
import { adoptWidgetStyles } from "./adoptWidgetStyles.js";
import { Dialog, type DialogCloseReason } from "./Dialog.js";

/** Props of {@link WidgetFrame}. */
export interface WidgetFrameProps {
  /** In place (a labelled section) instead of the modal dialog. */
  inline: boolean;
  /** Whether the dialog is shown (ignored inline). */
  open: boolean;
  /** The current view's title (the dialog's or the section's heading). */
  title: string;
  /** The heading, focused after a view change. */
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** The current view's kind (`data-view`). */
  view: string;
  onRequestClose(reason: DialogCloseReason): void;
  closeLabel: string;
  container?: Element | null | undefined;
  className?: string | undefined;
  colorScheme?: "light" | "dark" | undefined;
  /** The one token provider and API client the views share. */
  token: LatestToken;
  client: EmbeddedClient;
  children: ReactNode;
}

/**
 * The widget's frame around its current view: the modal dialog (or an inline section) with the widget's styles
 * adopted where it renders, and the shared token provider and client for the picker and the form inside.
 */
export function WidgetFrame(props: WidgetFrameProps) {
  const { inline, title, titleRef, view, className, colorScheme, container } = props;
  const inlineTitleId = `${useId()}-title`;
  const body = (
    <sharedTokenContext.Provider value={props.token}>
      <sharedClientContext.Provider value={props.client}>{props.children}</sharedClientContext.Provider>
    </sharedTokenContext.Provider>
  );
  if (inline) {
    return (
      <section
        className={["cf-root", "cf-widget", "cf-widget-inline", className].filter(Boolean).join(" ")}
        aria-labelledby={inlineTitleId}
        ref={adoptWidgetStyles}
        data-theme={colorScheme}
        data-view={view}
      >
        <div className="cf-widget-header">
          <h2 id={inlineTitleId} ref={titleRef} tabIndex={-1} className="cf-widget-title">
            {title}
          </h2>
        </div>
        {body}
      </section>
    );
  }
  return (
    <Dialog
      open={props.open}
      onRequestClose={props.onRequestClose}
      title={title}
      titleRef={titleRef}
      closeLabel={props.closeLabel}
      {...(container === undefined ? {} : { container })}
      {...(className === undefined ? {} : { className })}
      {...(colorScheme === undefined ? {} : { colorScheme })}
    >
      {/* Inside the (portalled) dialog: the styles go where it is rendered. */}
      <div ref={adoptWidgetStyles} data-view={view}>
        {body}
      </div>
    </Dialog>
  );
}
