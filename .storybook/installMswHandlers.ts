import type { RequestHandler } from "msw";
import { type SetupWorker, setupWorker } from "msw/browser";

let worker: SetupWorker | undefined;
let starting: Promise<unknown> | undefined;
const active = new Set<readonly RequestHandler[]>();

function workerUrl(): string {
  // Storybook serves stories from /iframe.html (possibly under a sub-path once deployed); Vitest from its own paths.
  return window.location.pathname.endsWith("/iframe.html") ? "mockServiceWorker.js" : "/mockServiceWorker.js";
}

function apply(): void {
  worker?.resetHandlers(...[...active].flat());
}

/**
 * Starts the MSW service worker once and installs one story's handlers until the returned cleanup runs.
 * Several stories may render at once (docs pages): each set stays active until its own story goes away, which is
 * why stories give their sandbox a base URL of their own.
 */
export async function installMswHandlers(handlers: readonly RequestHandler[]): Promise<() => void> {
  worker ??= setupWorker();
  starting ??= worker.start({
    serviceWorker: { url: workerUrl() },
    onUnhandledRequest: "bypass",
    quiet: true,
  });
  await starting;
  active.add(handlers);
  apply();
  return () => {
    active.delete(handlers);
    apply();
  };
}
