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

// Bytes per read of a byte stream (the buffer is reused from one read to the next).
const READ_BUFFER = 256 * 1024;

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** A BYOB reader when the stream is a byte stream (fetch bodies are), else null. */
function byobReader(stream: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return stream.getReader({ mode: "byob" });
  } catch {
    return null;
  }
}

function aborted(signal: AbortSignal): RegistryError {
  return new RegistryError("aborted", "Loading the connector registry was cancelled.", {
    cause: signal.reason,
  });
}

/**
 * Where `needle` occurs in `haystack`, or -1. Candidates are found with the native `indexOf` on the needle's
 * second byte: its first is a quote, which starts every JSON string.
 */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const anchor = needle.length > 1 ? 1 : 0;
  const byte = needle[anchor];
  if (byte === undefined) return 0;
  const last = haystack.length - needle.length;
  for (let at = haystack.indexOf(byte, anchor); at !== -1; at = haystack.indexOf(byte, at + 1)) {
    const i = at - anchor;
    if (i > last) return -1;
    let j = 0;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Where the window of `text` starting at `start` ends: WINDOW characters on, never splitting a surrogate pair. */
function windowEnd(text: string, start: number): number {
  const end = Math.min(text.length, start + WINDOW);
  const code = text.charCodeAt(end - 1);
  return end < text.length && code >= 0xd800 && code <= 0xdbff ? end + 1 : end;
}

function queryField(query: SourceQuery): { field: "sourceDefinitionId" | "dockerRepository"; value: string } {
  return "sourceDefinitionId" in query
    ? { field: "sourceDefinitionId", value: query.sourceDefinitionId }
    : { field: "dockerRepository", value: query.dockerRepository };
}

/**
 * Finds one source definition in a registry document (`{"sources": […]}`) given as a byte stream or text,
 * scanning the UTF-8 bytes incrementally: only an element whose bytes contain the wanted id/repository is decoded
 * and parsed, nothing else is kept or decoded, reading stops (and the stream is cancelled) once found, and work
 * yields to the event loop every few ms. Resolves to the raw entry, or `null` when absent; throws
 * `RegistryError` `bad_json` / `aborted`.
 */
export async function extractSourceDefinition(
  source: ReadableStream<Uint8Array> | string,
  query: SourceQuery,
  options: ExtractOptions = {},
): Promise<Record<string, unknown> | null> {
  const { field, value } = queryField(query);
  const encoder = new TextEncoder();
  const jsonValue = JSON.stringify(value);
  const needle = encoder.encode(jsonValue);
  // Some serialisers escape "/" as "\/".
  const altNeedle = jsonValue.includes("/") ? encoder.encode(jsonValue.replace(/\//g, "\\/")) : null;
  const budget = options.budgetMs ?? 8;
  const signal = options.signal;
  const scanner = new RegistryScanner();
  let lastYield = performance.now();

  const check = (element: Uint8Array): Record<string, unknown> | null => {
    if (
      indexOfBytes(element, needle) === -1 &&
      (altNeedle === null || indexOfBytes(element, altNeedle) === -1)
    )
      return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder("utf-8").decode(element));
    } catch (cause) {
      throw new RegistryError("bad_json", "A registry entry is not valid JSON.", { cause });
    }
    const record = parsed as Record<string, unknown>;
    return record[field] === value ? record : null;
  };

  /** Feeds one window to the scanner and yields when over budget; returns the match or null. */
  const scanPiece = async (piece: Uint8Array, reused: boolean): Promise<Record<string, unknown> | null> => {
    for (const element of scanner.feed(piece, reused)) {
      const found = check(element);
      if (found !== null) return found;
    }
    if (!scanner.sourcesDone && performance.now() - lastYield > budget) {
      await yieldToEventLoop();
      lastYield = performance.now();
      if (signal?.aborted) throw aborted(signal);
    }
    return null;
  };

  /** Scans a chunk in windows (views, not copies); returns the match or null. */
  const scan = async (bytes: Uint8Array, reused: boolean): Promise<Record<string, unknown> | null> => {
    for (let start = 0; start < bytes.length && !scanner.sourcesDone; start += WINDOW) {
      // `reused` for every window: what is kept of an element must outlive this chunk's buffer.
      const found = await scanPiece(
        bytes.length <= WINDOW ? bytes : bytes.subarray(start, start + WINDOW),
        reused,
      );
      if (found !== null) return found;
    }
    return null;
  };

  if (signal?.aborted) throw aborted(signal);
  if (typeof source === "string") {
    // Encoded window by window into one buffer (3 bytes per UTF-16 unit at most): no copy of the whole text.
    const buffer = new Uint8Array(WINDOW * 3 + 3);
    for (let start = 0; start < source.length; ) {
      const end = windowEnd(source, start);
      const { written } = encoder.encodeInto(source.slice(start, end), buffer);
      start = end;
      const found = await scanPiece(buffer.subarray(0, written), true);
      if (found !== null || scanner.sourcesDone) return found;
    }
    scanner.end();
    return null;
  }

  // A byte stream (a fetch body) is read into one buffer of ours, handed back and forth: the browser does not
  // allocate a new chunk per read, which would sit in the JS heap until collected (tens of MB on a big registry).
  const byob = byobReader(source);
  const reader = byob ?? source.getReader();
  let buffer: ArrayBuffer = new ArrayBuffer(byob ? READ_BUFFER : 0);
  let finishedReading = false;
  try {
    for (;;) {
      if (signal?.aborted) throw aborted(signal);
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = byob ? await byob.read(new Uint8Array(buffer)) : await (reader as Reader).read();
      } catch (cause) {
        if (signal?.aborted) throw aborted(signal);
        throw new RegistryError("network", "The connection broke while reading the connector registry.", {
          retryable: true,
          cause,
        });
      }
      if (chunk.done) {
        finishedReading = true;
        if (!scanner.sourcesDone) scanner.end();
        return null;
      }
      if (byob) buffer = chunk.value.buffer as ArrayBuffer;
      const match = await scan(chunk.value, byob !== null);
      if (match !== null || scanner.sourcesDone) return match;
    }
  } finally {
    if (!finishedReading) {
      // Stop the download: what is left is not needed (or the caller gave up).
      reader.cancel().catch(() => {});
    }
    reader.releaseLock();
  }
}
