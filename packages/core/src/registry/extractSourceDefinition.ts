import { abortedError } from "./abortedError.js";
import { createRegistryScanner } from "./createRegistryScanner.js";
import { queryField } from "./queryField.js";
import { RegistryError } from "./RegistryError.js";
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

// Bytes per read of a byte stream (the buffer is reused from one read to the next). One window: a larger buffer
// saves no measurable time and is what the scan holds on to (256 kB measured 1.0 MB peak heap on the 2 MB
// fixture, 64 kB 0.8 MB; 32 kB was worse again, 1.0–1.4 MB, from more reads; see bench/README.md).
const READ_BUFFER = WINDOW;

type Reader = ReadableStreamDefaultReader<Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Whether `needle` (a JSON string: a quote, then at least one more byte) occurs in `haystack`. Candidates are found
 * with the native `indexOf` on the needle's second byte: its first is a quote, which starts every JSON string.
 */
function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  for (let at = haystack.indexOf(needle[1]!, 1); at > 0; at = haystack.indexOf(needle[1]!, at + 1)) {
    let j = 0;
    while (j < needle.length && haystack[at - 1 + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
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
  { signal, budgetMs = 8 }: ExtractOptions = {},
): Promise<Record<string, unknown> | null> {
  const [field, value] = queryField(query);
  const json = JSON.stringify(value);
  // Some serialisers escape "/" as "\/" (the Set drops the copy when there is no "/").
  const needles = [...new Set([json, json.replace(/\//g, "\\/")])].map((text) => encoder.encode(text));
  const scanner = createRegistryScanner();
  let lastYield = performance.now();

  const checkAborted = () => {
    if (signal?.aborted) throw abortedError(signal, "registry");
  };

  /** Scans a chunk in windows (views, not copies), yielding when over budget; returns the match or null. */
  const scan = async (bytes: Uint8Array): Promise<Record<string, unknown> | null> => {
    for (let start = 0; start < bytes.length && !scanner.sourcesDone; start += WINDOW) {
      // The elements are used before the next `feed`, as the scanner requires.
      for (const element of scanner.feed(bytes.subarray(start, start + WINDOW))) {
        if (!needles.some((needle) => includesBytes(element, needle))) continue;
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(decoder.decode(element));
        } catch (cause) {
          throw new RegistryError("bad_json", "A registry entry is not valid JSON.", { cause });
        }
        if (record[field] === value) return record;
      }
      if (!scanner.sourcesDone && performance.now() - lastYield > budgetMs) {
        await yieldToEventLoop();
        lastYield = performance.now();
        checkAborted();
      }
    }
    return null;
  };

  /** The next chunk to scan, or undefined at the end. */
  let next: () => Promise<Uint8Array | undefined>;
  let reader: ReadableStreamDefaultReader<Uint8Array> | ReadableStreamBYOBReader | undefined;
  if (typeof source === "string") {
    // Encoded window by window into one buffer: no copy of the whole text. Each window is handed one UTF-16 unit
    // more than the buffer can take (every unit needs a byte or more): `encodeInto` stops at the first character
    // that does not fit, so a surrogate pair cut by the slice is never encoded, and `read` says where to go on.
    const buffer = new Uint8Array(WINDOW);
    let start = 0;
    next = async () => {
      if (start >= source.length) return;
      const { read, written } = encoder.encodeInto(source.slice(start, start + WINDOW + 1), buffer);
      start += read;
      return buffer.subarray(0, written);
    };
  } else {
    // A byte stream (a fetch body) is read into one buffer of ours, handed back and forth: the browser does not
    // allocate a new chunk per read, which would sit in the JS heap until collected (tens of MB on a big registry).
    let byob: ReadableStreamBYOBReader | undefined;
    try {
      byob = source.getReader({ mode: "byob" });
    } catch {
      // Not a byte stream: read its chunks as they come.
    }
    const stream = byob ?? source.getReader();
    reader = stream;
    let buffer = new ArrayBuffer(byob ? READ_BUFFER : 0);
    next = async () => {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await (byob ? byob.read(new Uint8Array(buffer)) : (stream as Reader).read());
      } catch (cause) {
        checkAborted();
        throw new RegistryError("network", "The connection broke while reading the connector registry.", {
          retryable: true,
          cause,
        });
      }
      if (chunk.done) return;
      if (byob) buffer = chunk.value.buffer as ArrayBuffer;
      return chunk.value;
    };
  }

  try {
    for (;;) {
      checkAborted();
      const chunk = await next();
      if (!chunk) return scanner.end();
      const match = await scan(chunk);
      if (match || scanner.sourcesDone) return match;
    }
  } finally {
    // Stop the download: what is left is not needed, or the caller gave up (a no-op once the stream has ended).
    reader?.cancel().catch(() => {});
    reader?.releaseLock();
  }
}
