/**
 * How long the user must have left the page alone before ajv compiles: the compile is one task (0.1–0.7 s on the
 * large real specs on the benchmark machine) that would delay a key press or a click landing during it.
 */
const QUIET_MS = 2000;
const INPUT_EVENTS = ["keydown", "pointerdown"] as const;

/** Runs `task` when the page is next idle (`requestIdleCallback`; a timer where there is none); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function" && typeof cancelIdleCallback === "function") {
    const cancel = cancelIdleCallback;
    const id = requestIdleCallback(task);
    return () => cancel(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/** Runs `task` once the page is idle and the user has not pressed a key or a pointer for `QUIET_MS`. */
export function whenQuiet(task: () => void): () => void {
  let lastInput = performance.now();
  const onInput = (): void => {
    lastInput = performance.now();
  };
  for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, true);
  let cancelIdle = (): void => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    cancelIdle();
    clearTimeout(timer);
    for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, true);
  };
  const attempt = (): void => {
    const wait = lastInput + QUIET_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(attempt, wait);
      return;
    }
    cancelIdle = whenIdle(() => {
      if (performance.now() - lastInput < QUIET_MS) return attempt();
      stop();
      task();
    });
  };
  attempt();
  return stop;
}
