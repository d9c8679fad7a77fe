import { type CredentialFormMessages, defaultMessages } from "../messages.js";

/** The UI strings of the drop-in widget (picker, dialog, success view), on top of the form's. */
export interface CredentialWidgetMessages {
  /** Title of the dialog while the user picks a source. */
  dialogTitle: string;
  /** Accessible name of the dialog's close button. */
  close: string;
  /** Accessible name of the list of sources. */
  templateList: string;
  /** Label of the search input filtering the sources. */
  search: string;
  /** Text read to assistive technology while the sources load. */
  loadingTemplates: string;
  /** Shown when the workspace has no source template. */
  noTemplates: string;
  /** Shown when no source matches the search. */
  noMatches: (query: string) => string;
  /** Shown when the list of sources cannot be loaded. */
  templatesLoadError: string;
  /** Announced (politely) when the number of listed sources changes. */
  templateCount: (count: number) => string;
  /** Label of the button going back from the form to the list of sources. */
  back: string;
  /** Title of the dialog while the user fills the form of `name`. */
  connectTitle: (name: string) => string;
  /** Title of the success view. */
  successTitle: string;
  /** Text of the success view. */
  created: (name: string) => string;
  /** Label of the success view's button that closes the dialog. */
  done: string;
  /** Label of the success view's button that starts over. */
  connectAnother: string;
}

/** Every string the widget shows: its own and the form's. Hosts translate by passing a partial object. */
export type CredentialWidgetAllMessages = CredentialFormMessages & CredentialWidgetMessages;

/** The English UI strings of the widget (including the form's {@link defaultMessages}). */
export const defaultWidgetMessages: CredentialWidgetAllMessages = {
  ...defaultMessages,
  dialogTitle: "Connect a source",
  close: "Close",
  templateList: "Sources",
  search: "Search sources",
  loadingTemplates: "Loading the available sources…",
  noTemplates: "No sources are available yet.",
  noMatches: (query) => `No source matches “${query}”.`,
  templatesLoadError: "We couldn't load the available sources.",
  templateCount: (count) => (count === 1 ? "1 source" : `${count} sources`),
  back: "Back to sources",
  connectTitle: (name) => `Connect ${name}`,
  successTitle: "Source connected",
  created: (name) => `Your ${name} source has been created.`,
  done: "Done",
  connectAnother: "Connect another source",
};
