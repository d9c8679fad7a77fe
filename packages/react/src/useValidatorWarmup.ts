import {
  canCompileSchemas,
  type JSONSchema,
  loadedSchemaInterpreter,
  loadSchemaInterpreter,
  precompileFullConfig,
} from "@credential-form/core";
import { useCallback, useEffect } from "react";

/** Runs `task` when the page is next idle (`requestIdleCallback`; a timer where there is none); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function" && typeof cancelIdleCallback === "function") {
    const cancel = cancelIdleCallback;
    const id = requestIdleCallback(task);
    return () => cancel(id);
  }
  const id = setTimeout(task, 300);
  return () => clearTimeout(id);
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
 * Keeps ajv's compile (up to half a second on a large spec) off the submit path. Once the form is there, it loads
 * the eval-free interpreter (a small chunk), which validates a first submit without compiling, and then compiles
 * the spec's ajv validator in idle time (`precompileFullConfig`), which later submits use. Returns what the submit
 * awaits before validating: the interpreter's load, already done unless the user submits within milliseconds.
 */
export function useValidatorWarmup(fullSchema: JSONSchema | undefined): () => Promise<void> {
  useEffect(() => {
    if (!fullSchema) return;
    let live = true;
    let cancel = (): void => {};
    void interpreterLoaded().then(() => {
      if (live && canCompileSchemas()) cancel = whenIdle(() => precompileFullConfig(fullSchema));
    });
    return () => {
      live = false;
      cancel();
    };
  }, [fullSchema]);
  return useCallback(interpreterLoaded, []);
}
