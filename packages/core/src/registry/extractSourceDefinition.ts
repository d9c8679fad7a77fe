import { RegistryError } from "./RegistryError.js";
import { RegistryScanner } from "./RegistryScanner.js";
import type { SourceQuery } from "./SourceDefinition.js";
import { yieldToEventLoop } from "./yieldToEventLoop.js";

/** Options of {@link extractSourceDefinition}. */
export interface ExtractOptions {
  signal?: AbortSignal;
  /** Longest stretch of work, in ms, before yielding to the event loop. @default 8 */
  budgetMs?: number;
}

// Large enough to amortise the bookkeeping, small enough to stay far below the 50 ms long-task mark.
const WINDOW = 64 * 1024;

function aborted(signal: AbortSignal): RegistryError {
  return new RegistryError("aborted", "Loading the connector registry was cancelled.", {
    cause: signal.reason,
  });
}

function queryField(query: SourceQuery): { field: "sourceDefinitionId" | "dockerRepository"; value: string } {
  return "sourceDefinitionId" in query
    ? { field: "sourceDefinitionId", value: query.sourceDefinitionId }
    : { field: "dockerRepository", value: query.dockerRepository };
}

/**
 * Finds one source definition in a registry document (`{"sources": […]}`) given as a byte stream or text,
 * scanning incrementally: only elements whose text mentions the wanted id/repository are parsed, nothing else
 * is kept, reading stops (and the stream is cancelled) once found, and work yields to the event loop every
 * few ms. Resolves to the raw entry, or `null` when absent; throws `RegistryError` `bad_json` / `aborted`.
 */
export async function extractSourceDefinition(
  source: ReadableStream<Uint8Array> | string,
  query: SourceQuery,
  options: ExtractOptions = {},
): Promise<Record<string, unknown> | null> {
  const { field, value } = queryField(query);
  const needle = JSON.stringify(value);
  // Some serialisers escape "/" as "\/".
  const altNeedle = needle.includes("/") ? needle.replace(/\//g, "\\/") : null;
  const budget = options.budgetMs ?? 8;
  const signal = options.signal;
  const scanner = new RegistryScanner();
  let lastYield = performance.now();

  const check = (element: string): Record<string, unknown> | null => {
    if (!element.includes(needle) && (altNeedle === null || !element.includes(altNeedle))) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(element);
    } catch (cause) {
      throw new RegistryError("bad_json", "A registry entry is not valid JSON.", { cause });
    }
    const record = parsed as Record<string, unknown>;
    return record[field] === value ? record : null;
  };

  /** Scans text in windows, yielding between them when over budget; returns the match or null. */
  const scan = async (text: string): Promise<Record<string, unknown> | null> => {
    for (let start = 0; start < text.length; start += WINDOW) {
      const piece = start === 0 && text.length <= WINDOW ? text : text.slice(start, start + WINDOW);
      for (const element of scanner.feed(piece)) {
        const found = check(element);
        if (found !== null) return found;
      }
      if (scanner.sourcesDone) return null;
      if (performance.now() - lastYield > budget) {
        await yieldToEventLoop();
        lastYield = performance.now();
        if (signal?.aborted) throw aborted(signal);
      }
    }
    return null;
  };

  if (signal?.aborted) throw aborted(signal);
  if (typeof source === "string") {
    const found = await scan(source);
    if (found === null && !scanner.sourcesDone) scanner.end();
    return found;
  }

  const reader = source.getReader();
  const decoder = new TextDecoder("utf-8");
  let finishedReading = false;
  try {
    for (;;) {
      if (signal?.aborted) throw aborted(signal);
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        if (signal?.aborted) throw aborted(signal);
        throw new RegistryError("network", "The connection broke while reading the connector registry.", {
          retryable: true,
          cause,
        });
      }
      if (chunk.done) {
        finishedReading = true;
        const tail = decoder.decode();
        const found = tail === "" ? null : await scan(tail);
        if (found === null && !scanner.sourcesDone) scanner.end();
        return found;
      }
      const found = await scan(decoder.decode(chunk.value, { stream: true }));
      if (found !== null || scanner.sourcesDone) return found;
    }
  } finally {
    if (!finishedReading) {
      // Stop the download: what is left is not needed (or the caller gave up).
      reader.cancel().catch(() => {});
    }
    reader.releaseLock();
  }
}
