interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the event loop run (input, rendering) before continuing: `scheduler.yield()` where available, else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
