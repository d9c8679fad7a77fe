import type { Sandbox } from "@credential-form/sandbox";

/** One request a {@link sandboxFetch} sent: method, path and JSON body (`null` when empty). */
export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A `fetch` the sandbox answers in-process (no server, no MSW). With `log`, each request is first appended to the
 * array `log()` returns at that moment (tests reset that array between steps).
 */
export function sandboxFetch(sandbox: Sandbox, log?: () => SentRequest[]): typeof fetch {
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
    return sandbox.handle(request);
  };
}
