import type { TokenProvider } from "../token/createTokenProvider.js";
import type { ApiKit } from "./ApiKit.js";
import { badResponse } from "./badResponse.js";
import type { ApiFlavour } from "./flavours.js";
import { normalizeApiErrorWith } from "./normalizeApiErrorWith.js";
import { readRequestId } from "./readRequestId.js";

const JSON_TYPE = "application/json";

/** What {@link createApiRequest} reads of the client's options (`EmbeddedClientOptions`). */
export interface ApiRequestOptions {
  /** Per-request timeout in milliseconds. @default 30000 */
  timeoutMs?: number;
  /** @default globalThis.fetch (looked up per request) */
  fetch?: typeof fetch;
}

/**
 * Sends a request (a GET without `body`), once more with a fresh token after a 401, and reads its JSON; errors are
 * `CredentialApiError`s with `secrets` (and the token) kept out.
 */
export type ApiRequest = (
  path: string,
  signal: AbortSignal | undefined,
  body?: unknown,
  secrets?: readonly string[],
  configKeys?: readonly string[],
  configParts?: readonly string[],
  method?: string,
) => Promise<unknown>;

/**
 * Creates the client's one way to call Airbyte below `base` (no trailing slash): auth header, timeout, one retry
 * after a 401, typed errors (of the first load's `ApiError`, see `ApiKit`).
 */
export function createApiRequest(
  options: ApiRequestOptions,
  base: string,
  tokenProvider: TokenProvider,
  flavour: ApiFlavour,
  kit: ApiKit,
): ApiRequest {
  const { timeoutMs = 30_000 } = options;
  return async function request(path, signal, body, secrets = [], configKeys, configParts, method) {
    /** Sends the request once and reads its body, within the timeout. */
    const attempt = async (jwt: string): Promise<[Response, string]> => {
      const controller = new AbortController();
      const abort = () => controller.abort();
      const timer = setTimeout(abort, timeoutMs);
      signal?.addEventListener("abort", abort, { once: true });
      try {
        if (signal?.aborted) throw signal.reason;
        const response = await (options.fetch ?? fetch)(base + path, {
          method: method ?? (body === undefined ? "GET" : flavour.method),
          headers: {
            Authorization: `Bearer ${jwt}`,
            Accept: JSON_TYPE,
            ...(body !== undefined && { "Content-Type": JSON_TYPE }),
          },
          signal: controller.signal,
          // `undefined` (no body) for a GET.
          body: JSON.stringify(body),
        });
        return [response, await response.text()];
      } catch (cause) {
        // Aborted by the caller, else by the timer, else the request failed.
        throw new kit.ApiError(
          signal?.aborted
            ? { code: "aborted", message: kit.messages.aborted }
            : controller.signal.aborted
              ? {
                  code: "timeout",
                  message: `Airbyte did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
                  retryable: true,
                }
              : {
                  code: "network",
                  message: kit.messages.network,
                  retryable: true,
                  // The cause of a network error may quote the URL or headers: keep only its name.
                  cause: cause instanceof Error ? new Error(cause.name) : undefined,
                },
        );
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
      }
    };
    let token = await tokenProvider.get();
    let [response, text] = await attempt(token.jwt);
    if (response.status === 401) {
      // A 401 means nothing happened (not even a create): refresh once and try again.
      tokenProvider.invalidate();
      const fresh = await tokenProvider.get();
      if (fresh.jwt !== token.jwt) {
        token = fresh;
        [response, text] = await attempt(token.jwt);
      }
    }
    const { status, headers } = response;
    if (!response.ok) {
      throw normalizeApiErrorWith(kit, {
        status,
        body: text,
        contentType: headers.get("content-type"),
        headers,
        secrets: [...secrets, token.jwt],
        ...(configKeys && { configKeys }),
        ...(configParts && { configParts }),
      });
    }
    if (!text.trim()) return null;
    try {
      return JSON.parse(text);
    } catch {
      const type = headers.get("content-type") ?? "unknown content type";
      throw badResponse(
        kit.ApiError,
        `Airbyte answered with something that is not JSON (${type.split(";")[0]}, HTTP ${status}).`,
        status,
        readRequestId(headers),
      );
    }
  };
}
