import type { Registry } from "@rjsf/utils";
import type { DraftStore } from "../draftStore.js";
import { type CredentialFormMessages, defaultMessages } from "../messages.js";

/** What `<CredentialForm>` puts in RJSF's `formContext` for the theme to read. */
export interface CredentialFormContext {
  messages?: CredentialFormMessages;
  /**
   * The text inputs holding an uncommitted draft: with it, text widgets commit on blur instead of on every
   * keystroke, and whoever submits awaits `drafts.flushAll()` first.
   */
  drafts?: Pick<DraftStore, "add" | "delete">;
  /**
   * The oneOf options the user picked (JSON pointer of the oneOf's value → option index), written by `OneOfField`:
   * the submit applies them over the template's defaults (core's `applyOneOfChoices`).
   */
  oneOfChoices?: Map<string, number>;
}

/** The messages a theme component should use: the form's, or the English defaults outside `<CredentialForm>`. */
export function formMessages(registry: Registry): CredentialFormMessages {
  const context = registry.formContext as CredentialFormContext | undefined;
  return context?.messages ?? defaultMessages;
}
