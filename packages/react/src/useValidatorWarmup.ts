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

/** Loads the interpreter; a failed download leaves `validateFullConfig` to compile with ajv instead. */
function interpreterLoaded(): Promise<void> {
  if (loadedSchemaInterpreter()) return Promise.resolve();
  return loadSchemaInterpreter().then(
    () => undefined,
    () => undefined,
  );
}

type SubmitChunk = typeof import("./submitChunk.js");

/**
 * What a submit runs once the values are in: core's pipeline and the form's own code that only a submit needs
 * (`submitForm`; `focusFirstError` for the errors it shows; `whenQuiet`, which schedules the idle compile).
 */
export interface SubmitCode extends SubmitChunk {
  pipeline: SubmitPipeline;
}

let submitModule: Promise<SubmitChunk> | undefined;

/** The form's submit code (loaded once; a failed load is tried again by the next call). */
export function loadSubmitChunk(): Promise<SubmitChunk> {
  submitModule ??= import("./submitChunk.js").catch((error: unknown) => {
    submitModule = undefined;
    throw error;
  });
  return submitModule;
}

/** The submit's code with the interpreter loaded: what a submit awaits before validating. */
function submitReady(): Promise<SubmitCode> {
  return Promise.all([loadSubmitPipeline(), loadSubmitChunk(), interpreterLoaded()]).then(
    ([pipeline, chunk]) => ({ ...chunk, pipeline }),
  );
}

/**
 * Starts loading the submit's code (as `submitReady`) without waiting for it; a failed load is left to the submit,
 * which tries again and reports it. `connectorSpecQuery` calls it once the spec is in (an OAuth connector's once its
 * OAuth code is in), so that the code is there when the form appears rather than loading from its first paint on,
 * when a quick first submit would wait for it.
 */
export function preloadSubmitCode(): void {
  submitReady().catch(() => undefined);
}

/**
 * Keeps ajv's compile off the submit path. Once the form has painted, it loads the submit's code (core's pipeline and
 * the form's `submitForm`; unless `connectorSpecQuery` already has) and the eval-free interpreter (small chunks),
 * which validates a first submit without compiling (0.01–0.3 ms per call on the real specs), and then compiles the
 * spec's ajv validator (`precompileFullConfig`) when the page is idle and the user has paused, for later submits.
 * Returns what the submit awaits before validating: the submit's code, resolved once the loads are done (already, unless the user
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
        ({ pipeline: { precompileFullConfig }, whenQuiet }) => {
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
