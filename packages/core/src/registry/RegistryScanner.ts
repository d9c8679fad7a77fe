import { RegistryError } from "./RegistryError.js";

const QUOTE = 34; // "
const BACKSLASH = 92; // \
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const COLON = 58; // :
const COMMA = 44; // ,
const SOURCES_KEY = new TextEncoder().encode("sources");

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The three bytes of a UTF-8 byte order mark, skipped before the document starts. */
function isByteOrderMark(c: number): boolean {
  return c === 0xef || c === 0xbb || c === 0xbf;
}

function badJson(message: string): RegistryError {
  return new RegistryError("bad_json", message);
}

/** Joins the pieces of a value that spanned several chunks (one piece is returned as is, not copied). */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An incremental JSON scanner for the registry format `{"sources": [{…}, …], …}`, working on UTF-8 bytes: fed
 * chunks, it tracks string/escape state and nesting depth and hands back the bytes of each object of the
 * top-level `sources` array as it completes, without decoding, parsing or keeping anything else. JSON's structural
 * characters are ASCII and UTF-8 multi-byte sequences only use bytes ≥ 0x80, so no decoding is needed to scan.
 */
export class RegistryScanner {
  private depth = 0;
  private inString = false;
  private escape = false;
  private started = false;
  private finished = false;
  private expectKey = false;
  private valuePending = false;
  private keyParts: Uint8Array[] | null = null;
  private lastKeyIsSources = false;
  private inSources = false;
  private elementParts: Uint8Array[] | null = null;
  /** Whether a top-level `sources` array was seen. */
  sawSources = false;
  /** Whether the `sources` array has closed (nothing after it matters). */
  sourcesDone = false;

  /**
   * Scans one chunk and returns the bytes of the `sources` elements completed in it: views into the chunk (or
   * copies), to use before the chunk's buffer is reused. `reused`: the caller will overwrite this chunk's buffer,
   * so what the scanner keeps of an unfinished element or key is copied instead of viewed.
   */
  feed(bytes: Uint8Array, reused = false): Uint8Array[] {
    const out: Uint8Array[] = [];
    const n = bytes.length;
    let keyStart = this.keyParts === null ? -1 : 0;
    let elementStart = this.elementParts === null ? -1 : 0;
    let nextQuote = -1;
    let nextBackslash = -1;
    for (let i = 0; i < n; i++) {
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          continue;
        }
        // Jump straight to the next quote or backslash: strings are most of the registry's bytes.
        // `n` means "none left in this chunk".
        if (nextQuote < i) {
          nextQuote = bytes.indexOf(QUOTE, i);
          if (nextQuote === -1) nextQuote = n;
        }
        if (nextBackslash < i) {
          nextBackslash = bytes.indexOf(BACKSLASH, i);
          if (nextBackslash === -1) nextBackslash = n;
        }
        if (nextQuote === n && nextBackslash === n) break;
        if (nextBackslash < nextQuote) {
          i = nextBackslash;
          this.escape = true;
          continue;
        }
        i = nextQuote;
        this.inString = false;
        if (this.keyParts !== null) {
          this.keyParts.push(bytes.subarray(keyStart, i));
          this.lastKeyIsSources = sameBytes(concat(this.keyParts), SOURCES_KEY);
          this.keyParts = null;
          keyStart = -1;
        }
        continue;
      }
      const c = bytes[i] as number;
      if (isWhitespace(c)) continue;
      if (this.finished) throw badJson("The registry has data after its top-level object.");
      if (!this.started) {
        if (isByteOrderMark(c)) continue;
        if (c !== OPEN_OBJECT) throw badJson("The registry is not a JSON object.");
        this.started = true;
      }
      switch (c) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1 && this.expectKey) {
            this.expectKey = false;
            this.keyParts = [];
            keyStart = i + 1;
          }
          break;
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          if (this.depth === 0) {
            this.expectKey = true;
          } else if (this.depth === 1 && this.valuePending) {
            this.valuePending = false;
            if (c === OPEN_ARRAY && this.lastKeyIsSources) {
              this.inSources = true;
              this.sawSources = true;
            }
          } else if (this.depth === 2 && this.inSources && c === OPEN_OBJECT) {
            this.elementParts = [];
            elementStart = i;
          }
          this.depth++;
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          this.depth--;
          if (this.depth < 0) throw badJson("The registry has unbalanced brackets.");
          if (this.depth === 2 && this.elementParts !== null) {
            this.elementParts.push(bytes.subarray(elementStart, i + 1));
            out.push(concat(this.elementParts));
            this.elementParts = null;
            elementStart = -1;
          } else if (this.depth === 1 && this.inSources) {
            this.inSources = false;
            this.sourcesDone = true;
          } else if (this.depth === 0) {
            this.finished = true;
          }
          break;
        case COLON:
          if (this.depth === 1) this.valuePending = true;
          break;
        case COMMA:
          if (this.depth === 1) {
            this.expectKey = true;
            this.valuePending = false;
          }
          break;
        default:
          if (this.depth === 0) throw badJson("The registry is not a JSON object.");
      }
    }
    if (this.keyParts !== null && keyStart >= 0) this.keyParts.push(bytes.slice(keyStart));
    if (this.elementParts !== null && elementStart >= 0)
      this.elementParts.push(reused ? bytes.slice(elementStart) : bytes.subarray(elementStart));
    return out;
  }

  /** Checks the bytes ended as a complete JSON object. */
  end(): void {
    if (!this.started) throw badJson("The registry response is empty.");
    if (!this.finished) throw badJson("The registry JSON is truncated.");
    if (!this.sawSources) throw badJson("The registry has no `sources` list.");
  }
}
