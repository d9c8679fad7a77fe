// The registry worker: requests the registry document and scans it off the main thread, then posts back only the
// wanted connector's entry (see `scanInWorker`). Loaded as a module worker from its own URL, so bundlers that
// understand `new Worker(new URL(…, import.meta.url))` emit it and a CSP allowing `'self'` scripts allows it.
// It must not use a dynamic `import()`: Vite bundles workers as one IIFE by default.
import { RegistryError } from "./RegistryError.js";
import type { RegistryWorkerReply } from "./RegistryWorkerReply.js";
import { type RegistryScanRequest, scanRegistry } from "./scanRegistry.js";

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<RegistryScanRequest>) => void) | null;
  postMessage(message: RegistryWorkerReply): void;
};

scope.onmessage = ({ data }) => {
  // No signal is needed here: the page stops a lookup by terminating the worker. Nor any yielding: nothing else
  // runs in this thread.
  scanRegistry(fetch, { ...data, budgetMs: Number.POSITIVE_INFINITY }, new AbortController().signal).then(
    (scan) => scope.postMessage({ scan }),
    (error: unknown) => {
      if (!(error instanceof RegistryError)) {
        // Not a failure of the registry (a bug, or something this browser lacks): thrown as an uncaught error, which
        // makes the page run the lookup on the main thread instead.
        setTimeout(() => {
          throw error;
        });
        return;
      }
      const { cause } = error;
      scope.postMessage({
        error: {
          code: error.code,
          message: error.message,
          status: error.status,
          retryable: error.retryable,
          ...(cause === undefined ? {} : { cause: cause instanceof Error ? cause.message : String(cause) }),
        },
      });
    },
  );
};
