import { abortedError } from "./abortedError.js";
import { RegistryError } from "./RegistryError.js";
import type { RegistryWorkerReply } from "./RegistryWorkerReply.js";
import type { RegistryScan, RegistryScanRequest } from "./scanRegistry.js";

/**
 * Runs {@link scanRegistry} in a module worker (`registryWorker.js`, which fetches and scans the registry and posts
 * back only the wanted entry): resolves to its scan, or rejects with the `RegistryError` the main thread would have
 * met. Resolves to `null` when the page cannot run the worker (no `Worker`; creating it throws; its script does not
 * load, e.g. a bundler left it out or the CSP's `worker-src` forbids it; or it failed for a reason that is not the
 * registry's), so that the caller runs the lookup on the main thread. Aborting `signal` terminates the worker.
 */
export function scanInWorker(
  request: RegistryScanRequest,
  signal: AbortSignal,
): Promise<RegistryScan | null> {
  if (typeof Worker === "undefined") return Promise.resolve(null);
  let worker: Worker;
  try {
    // Written out in full in the `new Worker(…)` call: this is the form Vite, webpack 5 and Parcel recognise, to emit
    // the worker's module graph as a file of its own. Without a bundler the URL is the compiled file beside this one.
    worker = new Worker(new URL("./registryWorker.js", import.meta.url), { type: "module" });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      done();
      reject(abortedError(signal, "definition"));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<RegistryWorkerReply>) => {
      done();
      if ("scan" in data) {
        resolve(data.scan);
        return;
      }
      const { code, message, status, retryable, cause } = data.error;
      reject(
        new RegistryError(code, message, {
          status,
          retryable,
          ...(cause === undefined ? {} : { cause: new Error(cause) }),
        }),
      );
    };
    worker.onerror = worker.onmessageerror = (event: Event) => {
      // Handled here (the lookup moves to the main thread), so not reported as the page's own error.
      event.preventDefault();
      done();
      resolve(null);
    };
    worker.postMessage(request);
  });
}
