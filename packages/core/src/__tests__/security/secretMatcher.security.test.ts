import { echoEncodings } from "@credential-form/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrubSecrets } from "../../api/scrubSecrets.js";

/** Every encoding the matcher promises to catch, in the variants servers write. */
const ENCODINGS = echoEncodings;

/** Any Unicode text (whole graphemes: emoji, combining marks, CJK) of ≥ 4 characters, not counting blanks. */
const secret = fc
  .string({ unit: "grapheme", minLength: 4, maxLength: 16 })
  .filter((s) => s.trim().length >= 4);

const REPLACEMENT = "[redacted]";

describe("the secret matcher (scrubSecrets), any secret", () => {
  it("for any secret of ≥ 4 characters, in any encoding, in any text, no encoding of it survives (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        secret,
        fc.string({ maxLength: 40 }),
        fc.constantFrom(...Object.keys(ENCODINGS)),
        (before, s, after, name) => {
          // A secret the replacement itself spells is not something the output can be free of.
          fc.pre(!REPLACEMENT.includes(s) && ![...s].some((c) => "[]".includes(c)));
          const encoded = (ENCODINGS[name] as (x: string) => string)(s);
          const output = scrubSecrets(`${before}${encoded}${after}`, [s]);
          expect(output).toContain(REPLACEMENT);
          for (const [other, encode] of Object.entries(ENCODINGS))
            expect(
              output.includes(encode(s)),
              `${name} → ${other} survives in ${JSON.stringify(output)}`,
            ).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("several secrets echoed together, each in its own encoding, are all removed (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(secret, fc.constantFrom(...Object.keys(ENCODINGS))), {
          minLength: 1,
          maxLength: 4,
        }),
        (pairs) => {
          fc.pre(pairs.every(([s]) => !REPLACEMENT.includes(s) && !/[[\]]/.test(s)));
          const secrets = pairs.map(([s]) => s);
          const text = pairs
            .map(([s, name]) => `field=${(ENCODINGS[name] as (x: string) => string)(s)};`)
            .join(" ");
          const output = scrubSecrets(text, secrets);
          for (const s of secrets)
            for (const encode of Object.values(ENCODINGS)) expect(output).not.toContain(encode(s));
        },
      ),
      { numRuns: 200 },
    );
  });
});
