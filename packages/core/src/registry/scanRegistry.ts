import { extractSourceDefinition } from "./extractSourceDefinition.js";
import { discardBody, requestRegistry } from "./requestRegistry.js";
import type { SourceQuery } from "./SourceDefinition.js";

/** What one request for the registry document found. */
export interface RegistryScan {
  /** The HTTP status (2xx, or the `pass` status the caller asked to handle). */
  status: number;
  etag: string | null;
  /** The raw entry of the wanted connector; `null` when absent (or when the status was `pass`). */
  raw: Record<string, unknown> | null;
}

/** Where and how to request the registry document, and what to look for in it. */
export interface RegistryScanRequest {
  /** Absolute URL of the registry document. */
  url: string;
  query: SourceQuery;
  /** A failing status handled by the caller instead of thrown (`304` for a conditional request). @default 0 */
  pass?: number;
  headers?: Record<string, string>;
  /** Longest stretch of scanning before yielding to the event loop. @default 8 */
  budgetMs?: number;
}

/**
 * Requests the registry document and, unless it answered the `pass` status, scans its body for one connector:
 * the one lookup both the main thread and the registry worker run, so both give the same results and errors.
 */
export async function scanRegistry(
  fetchFn: typeof fetch,
  { url, query, pass = 0, headers, budgetMs }: RegistryScanRequest,
  signal: AbortSignal,
): Promise<RegistryScan> {
  const response = await requestRegistry(fetchFn, url, signal, "The connector registry", pass, headers);
  const { status } = response;
  const etag = response.headers.get("etag");
  if (pass !== 0 && status === pass) {
    discardBody(response);
    return { status, etag, raw: null };
  }
  const raw = await extractSourceDefinition(response.body ?? (await response.text()), query, {
    signal,
    ...(budgetMs === undefined ? {} : { budgetMs }),
  });
  return { status, etag, raw };
}
