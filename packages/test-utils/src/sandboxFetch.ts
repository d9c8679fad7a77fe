import type { Sandbox } from "@credential-form/sandbox";

/** One request a {@link sandboxFetch} or {@link recordingFetch} sent: method, path and JSON body (`null` when empty). */
export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A `fetch` that hands each request to `send`. With `log`, each request is first appended to the array `log()`
 * returns at that moment (tests reset that array between steps). `recordingFetch((request) => fetch(request), …)`
 * records what goes through MSW.
 */
export function recordingFetch(
  send: (request: Request) => Promise<Response>,
  log?: () => SentRequest[],
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (log) {
      const text = await request.clone().text();
      log().push({
        method: request.method,
        path: new URL(request.url).pathname,
        body: text ? JSON.parse(text) : null,
      });
    }
    return send(request);
  };
}

/** A `fetch` the sandbox answers in-process (no server, no MSW), recording into `log` as {@link recordingFetch}. */
export function sandboxFetch(sandbox: Sandbox, log?: () => SentRequest[]): typeof fetch {
  return recordingFetch((request) => sandbox.handle(request), log);
}
