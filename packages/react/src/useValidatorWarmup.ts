import {
  canCompileSchemas,
  type JSONSchema,
  loadedSchemaInterpreter,
  loadSchemaInterpreter,
  precompileFullConfig,
} from "@credential-form/core";
import { useCallback, useEffect } from "react";

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

/**
 * Runs `task` just after the next frame (a timer queued from `requestAnimationFrame`), or after 100 ms where no
 * frame comes (a hidden tab); returns a cancel. Work queued from a mount's effects would otherwise run before the
 * form's first paint.
 */
function afterPaint(task: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, 100);
  const frame =
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => {
          timer = setTimeout(run, 0);
        })
      : undefined;
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/** Runs `task` once the page is idle and the user has not pressed a key or a pointer for `QUIET_MS`. */
function whenQuiet(task: () => void): () => void {
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

/** Loads the interpreter; a failed download leaves `validateFullConfig` to compile with ajv instead. */
function interpreterLoaded(): Promise<void> {
  if (loadedSchemaInterpreter()) return Promise.resolve();
  return loadSchemaInterpreter().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Keeps ajv's compile off the submit path. Once the form has painted, it loads the eval-free interpreter (a small
 * chunk), which validates a first submit without compiling (0.01–0.3 ms per call on the real specs), and then
 * compiles the spec's ajv validator (`precompileFullConfig`) when the page is idle and the user has paused, for
 * later submits. Returns what the submit awaits before validating: the interpreter's load, already done unless
 * the user submits within milliseconds of the form appearing.
 */
export function useValidatorWarmup(fullSchema: JSONSchema | undefined): () => Promise<void> {
  useEffect(() => {
    if (!fullSchema) return;
    let live = true;
    // The chunk's request, download and compile wait for the form's first paint (a submit before that loads it).
    let cancel = afterPaint(() => {
      void interpreterLoaded().then(() => {
        if (live && canCompileSchemas()) cancel = whenQuiet(() => precompileFullConfig(fullSchema));
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [fullSchema]);
  return useCallback(interpreterLoaded, []);
}
