import type { Registry } from "@rjsf/utils";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CredentialFormContext } from "./formMessages.js";

/** What {@link useDraftValue} returns to a text widget. */
export interface DraftValue {
  /** The text to show: what the user is typing, else the form's value. */
  shown: string;
  /** Records a keystroke (commits at once when the form does not collect drafts). */
  change: (raw: string) => void;
  /** Hands a pending draft to the form; true when there was one. */
  flush: () => boolean;
}

function asText(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/**
 * Keeps what the user types in the widget until blur (or until `<CredentialForm>` flushes drafts on submit), so
 * a keystroke re-renders this input only, not the whole RJSF form. Outside `<CredentialForm>` (no `drafts`
 * in `formContext`) every keystroke is committed immediately, as RJSF widgets usually do.
 */
export function useDraftValue(value: unknown, registry: Registry, commit: (raw: string) => void): DraftValue {
  const drafts = (registry.formContext as CredentialFormContext | undefined)?.drafts;
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, commit });
  latest.current.commit = commit;
  const flush = useCallback(() => {
    const pending = latest.current.draft;
    if (pending === null) return false;
    latest.current.draft = null;
    setDraft(null);
    latest.current.commit(pending);
    return true;
  }, []);
  const change = useCallback(
    (raw: string) => {
      if (!drafts) {
        latest.current.commit(raw);
        return;
      }
      latest.current.draft = raw;
      setDraft(raw);
    },
    [drafts],
  );
  const pending = draft !== null;
  useEffect(() => {
    if (!drafts || !pending) return;
    drafts.add(flush);
    return () => {
      drafts.delete(flush);
    };
  }, [drafts, pending, flush]);
  return { shown: draft ?? asText(value), change, flush };
}
