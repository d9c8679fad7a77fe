import {
  canCompileSchemas,
  type JSONSchema,
  loadedSchemaInterpreter,
  loadSchemaInterpreter,
  loadSubmitPipeline,
  type SubmitPipeline,
} from "@credential-form/core/form";
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

/** The submit pipeline with the interpreter loaded: what a submit awaits before validating. */
function pipelineReady(): Promise<SubmitPipeline> {
  return Promise.all([loadSubmitPipeline(), interpreterLoaded()]).then(([pipeline]) => pipeline);
}

/**
 * Keeps ajv's compile off the submit path. Once the form is there, it loads the submit pipeline and the eval-free
 * interpreter (two small chunks), which validates a first submit without compiling (0.01–0.3 ms per call on the
 * real specs), and then compiles the spec's ajv validator (`precompileFullConfig`) when the page is idle and the
 * user has paused, for later submits. Returns what the submit awaits before validating: the pipeline, resolved
 * once both loads are done (already, unless the user submits within milliseconds of the form appearing); it
 * rejects when the pipeline's chunk could not be fetched, and the next call tries again.
 */
export function useValidatorWarmup(fullSchema: JSONSchema | undefined): () => Promise<SubmitPipeline> {
  useEffect(() => {
    if (!fullSchema) return;
    let live = true;
    let cancel = (): void => {};
    pipelineReady().then(
      ({ precompileFullConfig }) => {
        if (live && canCompileSchemas()) cancel = whenQuiet(() => precompileFullConfig(fullSchema));
      },
      // Not fatal here: the submit loads it again (and reports the failure if it fails again).
      () => undefined,
    );
    return () => {
      live = false;
      cancel();
    };
  }, [fullSchema]);
  return useCallback(pipelineReady, []);
}
