import type { IChangeEvent } from "@rjsf/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { createDraftStore, type DraftStore } from "./draftStore.js";

type Data = Record<string, unknown>;

/** What {@link useRjsfBridge} returns. */
export interface RjsfBridge {
  /** The form data as RJSF last reported it (text fields as of their last blur), or as last set from outside. */
  formData: Data;
  /** Sets the data from outside (a mounted form takes it in the next commit). */
  setFormData: (data: Data) => void;
  /** Flushes the drafts and resolves with the data once RJSF has reported them. */
  flush: () => Promise<Data>;
  /** The draft store the theme's text widgets register with (`formContext.drafts`). */
  drafts: DraftStore;
  /** The RJSF props that carry the data: `initialFormData`, `formData` (one commit only) and `onChange`. */
  dataProps: { initialFormData: Data; formData?: Data; onChange: (event: IChangeEvent<Data>) => void };
}

/**
 * The bridge between the hook and an uncontrolled RJSF form. RJSF owns the data and reports it through `onChange`;
 * handing its own data back as a new `formData` prop would make it re-derive its whole state (defaults, oneOf
 * matches) and re-render every field, and a stale copy would overwrite what the user typed the next time any other
 * prop changes. Data from outside (initial values, `setFormData`, `reset`) is `initialFormData` for a form that
 * mounts later, and `formData` for the one commit in which a mounted form takes it (`live`).
 */
export function useRjsfBridge(initialValues: Data | undefined): RjsfBridge {
  const [formData, setFormDataState] = useState<Data>(() => initialValues ?? {});
  const current = useRef(formData);
  const [pushed, setPushed] = useState(() => ({ data: formData, live: false }));
  const [drafts] = useState(createDraftStore);
  const setFormData = useCallback((data: Data) => {
    current.current = data;
    setFormDataState(data);
    setPushed({ data, live: true });
  }, []);
  useEffect(() => {
    if (pushed.live) setPushed({ data: pushed.data, live: false });
  }, [pushed]);
  const onChange = useCallback(
    (event: IChangeEvent<Data>) => {
      const data = event.formData ?? {};
      current.current = data;
      setFormDataState(data);
      drafts.reported();
    },
    [drafts],
  );
  const flush = useCallback(async () => {
    await drafts.flushAll();
    return current.current;
  }, [drafts]);
  return {
    formData,
    setFormData,
    flush,
    drafts,
    dataProps: { ...(pushed.live ? { formData: pushed.data } : {}), initialFormData: pushed.data, onChange },
  };
}
