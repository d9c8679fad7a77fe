/** Hands a text widget's pending draft to RJSF; returns whether there was one. */
export type DraftFlush = () => boolean;

/**
 * The text inputs holding an uncommitted draft (they commit on blur, so a keystroke re-renders one input, not the
 * form). Whoever submits calls {@link DraftStore.flushAll} first and awaits it.
 */
export interface DraftStore {
  /** Registers a widget's flush while it holds a draft. */
  add(flush: DraftFlush): void;
  /** Unregisters it (committed, or unmounted). */
  delete(flush: DraftFlush): void;
  /** Flushes every draft; resolves once RJSF has reported the values they committed (at once when there were none). */
  flushAll(): Promise<void>;
  /** Called by the form's `onChange` for every change RJSF reports (each flushed draft is one). */
  reported(): void;
}

/** A {@link DraftStore}: flushes are counted and `flushAll()` waits for as many reported changes, no timer. */
export function createDraftStore(): DraftStore {
  const flushes = new Set<DraftFlush>();
  let awaited = 0;
  let waiters: (() => void)[] = [];
  return {
    add: (flush) => void flushes.add(flush),
    delete: (flush) => void flushes.delete(flush),
    flushAll() {
      for (const flush of [...flushes]) if (flush()) awaited++;
      if (awaited === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    reported() {
      if (awaited === 0 || --awaited > 0) return;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}
