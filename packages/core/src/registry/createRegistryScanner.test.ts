// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createRegistryScanner } from "./createRegistryScanner.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Feeds `text` cut at `cuts` through one buffer that is overwritten before every feed (as a byte stream read into
 * a reused buffer is), decoding what each feed returns at once, before the next: the scanner's contract.
 */
function scanAll(text: string, cuts: number[]): string[] {
  const bytes = encoder.encode(text);
  const buffer = new Uint8Array(bytes.length);
  const scanner = createRegistryScanner();
  const found: string[] = [];
  let from = 0;
  for (const to of [...cuts, bytes.length]) {
    buffer.fill(0x7e); // "~": a stale view would show it
    buffer.set(bytes.subarray(from, to));
    for (const element of scanner.feed(buffer.subarray(0, to - from))) found.push(decoder.decode(element));
    from = to;
  }
  return found;
}

describe("createRegistryScanner", () => {
  const a = '{"id":"a","spec":{"x":"aaaaaaaaaaaaaaaa"}}';
  const b = '{"id":"b"}';
  const c = '{"id":"c","spec":{"y":[1,2,3]}}';
  const text = `{"sources":[${a},${b},${c}],"destinations":[{"id":"d"}]}`;
  const at = (fragment: string, offset = 0) => text.indexOf(fragment) + offset;

  it("hands back an element begun in an earlier chunk intact while it keeps the next one's start", () => {
    // One chunk holds the end of `a`, all of `b` and the start of `c`.
    expect(scanAll(text, [at(a, 5), at(c, 8)])).toEqual([a, b, c]);
  });

  it("carries an element over many chunks, a byte at a time, and the `sources` key cut in the middle", () => {
    const cuts = Array.from({ length: text.length - 1 }, (_, i) => i + 1);
    expect(scanAll(text, cuts)).toEqual([a, b, c]);
    expect(scanAll(text, [4, 7])).toEqual([a, b, c]);
  });

  it("grows its carry buffer for an element larger than the first one it carried", () => {
    const big = `{"id":"big","spec":{"z":"${"z".repeat(20_000)}"}}`;
    const doc = `{"sources":[${a},${big},${b}]}`;
    const cuts = [
      doc.indexOf(a) + 3,
      doc.indexOf(big) + 10,
      doc.indexOf(big) + 9_000,
      doc.indexOf(big) + 19_000,
    ];
    expect(scanAll(doc, cuts)).toEqual([a, big, b]);
  });
});
