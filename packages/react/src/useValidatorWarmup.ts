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

/** What a submit runs once the values are in: core's pipeline and the form's own submit code. */
export interface SubmitCode {
  pipeline: SubmitPipeline;
  submitForm: typeof import("./submitForm.js").submitForm;
}

let submitModule: Promise<typeof import("./submitForm.js")> | undefined;

/** The form's submit code (loaded once; a failed load is tried again by the next call). */
function loadSubmitForm(): Promise<typeof import("./submitForm.js")> {
  submitModule ??= import("./submitForm.js").catch((error: unknown) => {
    submitModule = undefined;
    throw error;
  });
  return submitModule;
}

/** The submit's code with the interpreter loaded: what a submit awaits before validating. */
function submitReady(): Promise<SubmitCode> {
  return Promise.all([loadSubmitPipeline(), loadSubmitForm(), interpreterLoaded()]).then(
    ([pipeline, { submitForm }]) => ({ pipeline, submitForm }),
  );
}

/**
 * Keeps ajv's compile off the submit path. Once the form has painted, it loads the submit's code (core's pipeline and
 * the form's `submitForm`) and the eval-free interpreter (small chunks), which validates a first submit without
 * compiling (0.01–0.3 ms per call on the real specs), and then compiles the spec's ajv validator
 * (`precompileFullConfig`) when the page is idle and the user has paused, for later submits. Returns what the
 * submit awaits before validating: the submit's code, resolved once the loads are done (already, unless the user
 * submits within milliseconds of the form appearing); it rejects when a chunk could not be fetched, and the next
 * call tries again.
 */
export function useValidatorWarmup(fullSchema: JSONSchema | undefined): () => Promise<SubmitCode> {
  useEffect(() => {
    if (!fullSchema) return;
    let live = true;
    // The chunks' requests, download and compile wait for the form's first paint (a submit before that loads them).
    let cancel = afterPaint(() => {
      submitReady().then(
        ({ pipeline: { precompileFullConfig } }) => {
          if (live && canCompileSchemas()) cancel = whenQuiet(() => precompileFullConfig(fullSchema));
        },
        // Not fatal here: the submit loads it again (and reports the failure if it fails again).
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [fullSchema]);
  return useCallback(submitReady, []);
}
