import { RegistryError } from "./RegistryError.js";

/** What {@link createRegistryScanner} returns. */
export interface RegistryScanner {
  /**
   * Scans one chunk and returns the bytes of the `sources` elements completed in it: views into the chunk, or
   * (for an element begun in an earlier chunk) into a buffer of the scanner's. Valid until the next `feed`; the
   * caller may reuse the chunk's buffer after that, since what the scanner keeps of an unfinished element is copied.
   */
  feed(bytes: Uint8Array): Uint8Array[];
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
  // Whether the top-level key (depth 1, in a string) or a `sources` element (depth 3 and more) is being collected:
  // never both at once.
  var collecting = false;
  // What was collected in earlier chunks, copied into one of two buffers reused (and grown) from element to
  // element rather than into new arrays: a new copy per element spanning two chunks was most of the scan's garbage
  // (peak heap 8.6 → 2.5 MB on the 60.8 MB benchmark registry, ~0.8 → ~0.55 MB on the 2 MB fixture). Two, because a
  // completed element handed out from one must stay intact while the next element's start is kept in the other,
  // until the caller's next `feed`.
  var carry = new Uint8Array(0);
  var spare = new Uint8Array(0);
  var carried = 0;

  /** Appends `piece` to what is carried over to the next chunk. */
  function keep(piece: Uint8Array): void {
    if (carried + piece.length > carry.length) {
      const grown = new Uint8Array(Math.max(2 * carry.length, carried + piece.length, 4096));
      grown.set(carry.subarray(0, carried));
      carry = grown;
    }
    carry.set(piece, carried);
    carried += piece.length;
  }

  /** The whole key or element ending with `tail`: `tail` itself, or the carried bytes followed by it. */
  function collected(tail: Uint8Array): Uint8Array {
    collecting = false;
    if (carried === 0) return tail;
    keep(tail);
    const whole = carry.subarray(0, carried);
    const free = spare;
    spare = carry;
    carry = free;
    carried = 0;
    return whole;
  }

  const scanner: RegistryScanner = {
    sourcesDone: false,
    feed(bytes) {
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
          if (collecting && depth === 1) {
            lastKeyIsSources = decoder.decode(collected(bytes.subarray(start, i))) === "sources";
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
              collecting = true;
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
              collecting = true;
              start = i;
            }
            depth++;
            break;
          case 125: // }
          case 93: // ]
            // Depth never goes below 0: once back at 0 the document is finished, and any byte but whitespace
            // after that is refused above.
            depth--;
            if (depth === 2 && collecting) {
              out.push(collected(bytes.subarray(start, i + 1)));
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
      if (collecting) keep(bytes.subarray(start));
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
