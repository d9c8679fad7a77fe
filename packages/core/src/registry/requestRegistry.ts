import { abortedError } from "./abortedError.js";
import { RegistryError } from "./RegistryError.js";

/** Lets the connection go: the rest of the body is not read. */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => {});
}

/**
 * One GET of a registry URL through `fetchFn`, mapping failures to `RegistryError`s: `network` (retryable) when it
 * could not be sent, `aborted`/`timeout` when `signal` fired, `http` for a failing status other than `pass` (the one
 * failing status the caller handles itself: a 304, or a 404 meaning `not_found`). `what` names the URL in messages.
 */
export async function requestRegistry(
  fetchFn: typeof fetch,
  target: string,
  signal: AbortSignal,
  what: string,
  pass = 0,
  headers?: Record<string, string>,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(target, {
      signal,
      headers: { Accept: "application/json", ...headers },
    });
  } catch (cause) {
    throw signal.aborted
      ? abortedError(signal, "definition")
      : new RegistryError(
          "network",
          "The connector registry could not be reached. Check your connection and try again.",
          { retryable: true, cause },
        );
  }
  const { status } = response;
  if (response.ok || status === pass) return response;
  discardBody(response);
  throw new RegistryError("http", `${what} answered HTTP ${status}.`, {
    status,
    retryable: status === 408 || status === 429 || status >= 500,
  });
}
