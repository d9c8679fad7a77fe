import { RegistryError } from "./RegistryError.js";

/** What {@link createRegistryScanner} returns. */
export interface RegistryScanner {
  /**
   * Scans one chunk and returns the bytes of the `sources` elements completed in it: views into the chunk (or
   * copies), to use before the chunk's buffer is reused. `reused`: the caller will overwrite this chunk's buffer,
   * so what the scanner keeps of an unfinished element or key is copied instead of viewed.
   */
  feed(bytes: Uint8Array, reused: boolean): Uint8Array[];
  /** Whether the top-level `sources` array has closed (nothing after it matters). */
  sourcesDone: boolean;
  /**
   * Throws why the bytes ran out before the `sources` array closed (empty, truncated, or no `sources` list): a
   * document whose `sources` array closed sets `sourcesDone`, and its reader stops before its end.
   */
  end(): never;
}

const decoder = new TextDecoder();

function badJson(message: string): RegistryError {
  return new RegistryError("bad_json", message);
}

/** Joins the pieces of a value that spanned several chunks (one piece is returned as is, not copied). */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  length = 0;
  for (const part of parts) {
    out.set(part, length);
    length += part.length;
  }
  return out;
}

/**
 * An incremental JSON scanner for the registry format `{"sources": [{…}, …], …}`, working on UTF-8 bytes: fed
 * chunks, it tracks string/escape state and nesting depth and hands back the bytes of each object of the
 * top-level `sources` array as it completes, without decoding, parsing or keeping anything else. JSON's structural
 * characters are ASCII and UTF-8 multi-byte sequences only use bytes ≥ 0x80, so no decoding is needed to scan.
 * The state lives in closure variables rather than object fields: the minifier shortens their names.
 */
export function createRegistryScanner(): RegistryScanner {
  // `var`, not `let`: V8 checks a captured `let` for its temporal dead zone on every access, which costs the byte
  // loop of `feed` about 10%.
  var depth = 0;
  var inString = false;
  var escaped = false;
  var started = false;
  var finished = false;
  var expectKey = false;
  var valuePending = false;
  var lastKeyIsSources = false;
  var inSources = false;
  // The pieces of the top-level key (depth 1, in a string) or of the `sources` element (depth 3 and more) being
  // collected: never both at once.
  var parts: Uint8Array[] | null = null;

  const scanner: RegistryScanner = {
    sourcesDone: false,
    feed(bytes, reused) {
      const out: Uint8Array[] = [];
      const n = bytes.length;
      // Where the collected key or element starts in this chunk (0 when it began in an earlier one).
      let start = 0;
      let nextQuote = -1;
      let nextBackslash = -1;
      for (let i = 0; i < n; i++) {
        if (inString) {
          if (escaped) {
            escaped = false;
            continue;
          }
          // Jump straight to the next quote or backslash: strings are most of the registry's bytes.
          // `n` means "none left in this chunk".
          if (nextQuote < i) {
            nextQuote = bytes.indexOf(34, i); // "
            if (nextQuote < 0) nextQuote = n;
          }
          if (nextBackslash < i) {
            nextBackslash = bytes.indexOf(92, i); // \
            if (nextBackslash < 0) nextBackslash = n;
          }
          if (nextBackslash < nextQuote) {
            i = nextBackslash;
            escaped = true;
            continue;
          }
          if (nextQuote === n) break;
          i = nextQuote;
          inString = false;
          if (parts && depth === 1) {
            parts.push(bytes.subarray(start, i));
            lastKeyIsSources = decoder.decode(concat(parts)) === "sources";
            parts = null;
          }
          continue;
        }
        const c = bytes[i]!;
        if (c === 32 || c === 10 || c === 13 || c === 9) continue;
        if (finished) throw badJson("The registry has data after its top-level object.");
        if (!started) {
          // The three bytes of a UTF-8 byte order mark are skipped before the document starts.
          if (c === 0xef || c === 0xbb || c === 0xbf) continue;
          if (c !== 123) throw badJson("The registry is not a JSON object.");
          started = true;
        }
        switch (c) {
          case 34: // "
            inString = true;
            if (depth === 1 && expectKey) {
              expectKey = false;
              parts = [];
              start = i + 1;
            }
            break;
          case 123: // {
          case 91: // [
            if (depth === 0) {
              expectKey = true;
            } else if (depth === 1 && valuePending) {
              valuePending = false;
              inSources = c === 91 && lastKeyIsSources;
            } else if (depth === 2 && inSources && c === 123) {
              parts = [];
              start = i;
            }
            depth++;
            break;
          case 125: // }
          case 93: // ]
            // Depth never goes below 0: once back at 0 the document is finished, and any byte but whitespace
            // after that is refused above.
            depth--;
            if (depth === 2 && parts) {
              parts.push(bytes.subarray(start, i + 1));
              out.push(concat(parts));
              parts = null;
            } else if (depth === 1 && inSources) {
              inSources = false;
              scanner.sourcesDone = true;
            } else if (depth === 0) {
              finished = true;
            }
            break;
          case 58: // :
            if (depth === 1) valuePending = true;
            break;
          case 44: // ,
            if (depth === 1) {
              expectKey = true;
              valuePending = false;
            }
        }
      }
      if (parts) parts.push(reused ? bytes.slice(start) : bytes.subarray(start));
      return out;
    },
    end() {
      throw badJson(
        !started
          ? "The registry response is empty."
          : finished
            ? "The registry has no `sources` list."
            : "The registry JSON is truncated.",
      );
    },
  };
  return scanner;
}
