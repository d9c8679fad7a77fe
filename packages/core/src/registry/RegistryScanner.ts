import { RegistryError } from "./RegistryError.js";

const QUOTE = 34; // "
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const COLON = 58; // :
const COMMA = 44; // ,

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}

function badJson(message: string): RegistryError {
  return new RegistryError("bad_json", message);
}

/**
 * An incremental JSON scanner for the registry format `{"sources": [{…}, …], …}`: fed text in pieces, it
 * tracks string/escape state and nesting depth and hands back the text of each object of the top-level
 * `sources` array as it completes, without parsing or keeping anything else.
 */
export class RegistryScanner {
  private depth = 0;
  private inString = false;
  private escape = false;
  private started = false;
  private finished = false;
  private expectKey = false;
  private valuePending = false;
  private keyParts: string[] | null = null;
  private lastKey: string | null = null;
  private inSources = false;
  private elementParts: string[] | null = null;
  /** Whether a top-level `sources` array was seen. */
  sawSources = false;
  /** Whether the `sources` array has closed (nothing after it matters). */
  sourcesDone = false;

  /** Scans one piece of text and returns the texts of the `sources` elements completed in it. */
  feed(text: string): string[] {
    const out: string[] = [];
    const n = text.length;
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
        // `n` means "none left in this piece".
        if (nextQuote < i) {
          nextQuote = text.indexOf('"', i);
          if (nextQuote === -1) nextQuote = n;
        }
        if (nextBackslash < i) {
          nextBackslash = text.indexOf("\\", i);
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
          this.keyParts.push(text.slice(keyStart, i));
          this.lastKey = this.keyParts.join("");
          this.keyParts = null;
          keyStart = -1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (isWhitespace(c)) continue;
      if (this.finished) throw badJson("The registry has data after its top-level object.");
      if (!this.started) {
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
            if (c === OPEN_ARRAY && this.lastKey === "sources") {
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
            this.elementParts.push(text.slice(elementStart, i + 1));
            out.push(this.elementParts.join(""));
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
    if (this.keyParts !== null && keyStart >= 0) this.keyParts.push(text.slice(keyStart));
    if (this.elementParts !== null && elementStart >= 0) this.elementParts.push(text.slice(elementStart));
    return out;
  }

  /** Checks the text ended as a complete JSON object. */
  end(): void {
    if (!this.started) throw badJson("The registry response is empty.");
    if (!this.finished) throw badJson("The registry JSON is truncated.");
    if (!this.sawSources) throw badJson("The registry has no `sources` list.");
  }
}
