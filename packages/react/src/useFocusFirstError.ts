import { type RefObject, useEffect } from "react";
import type { FieldErrors } from "./formMachine.js";
import { loadSubmitChunk } from "./useValidatorWarmup.js";

/**
 * Moves the focus to the first invalid field each time the form sets errors (`fieldErrors` is a new object each
 * time). RJSF renders `extraErrors` (and opens a collapsed section holding one) in the commit that sets them, so the
 * field is there when this runs. In a task of its own after the next frame: `focus()` forces the style and layout of
 * the whole form, which on a large one made the errors' task long (35 → 25 ms + 11 ms, 250 fields), and before that
 * frame it delayed the errors' paint by that layout (~20 ms on 250 fields, profiled); after it the layout is done.
 * `focusFirstError` comes with the submit's code, which set the errors: already loaded (resolves in a microtask).
 * The focus stays within the host's `rootRef` (read when it moves), else the document.
 */
export function useFocusFirstError(
  fieldErrors: FieldErrors | null,
  idPrefix: string,
  latest: { readonly current: { rootRef?: RefObject<HTMLElement | null> | undefined } },
): void {
  useEffect(() => {
    if (!fieldErrors) return;
    let live = true;
    let id: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    loadSubmitChunk().then(
      ({ focusFirstError }) => {
        if (!live) return;
        const focus = () => {
          id = setTimeout(() =>
            focusFirstError(latest.current.rootRef?.current ?? document, idPrefix, fieldErrors.errorSchema),
          );
        };
        // A task queued from a frame's callback runs once that frame is painted.
        if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(focus);
        else focus();
      },
      () => undefined,
    );
    return () => {
      live = false;
      clearTimeout(id);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [fieldErrors, idPrefix, latest]);
}
