interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the event loop run (input, rendering) before continuing: `scheduler.yield()` where available, else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  return (
    (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ??
    new Promise((resolve) => setTimeout(resolve))
  );
}
