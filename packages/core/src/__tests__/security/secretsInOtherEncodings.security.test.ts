import { echoEncodings } from "@credential-form/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeApiError } from "../../api/normalizeApiError.js";
import { scrubSecrets } from "../../api/scrubSecrets.js";

/** The ways a server echoes a value it received, as real stacks write them. */
const ENCODINGS = echoEncodings;

const SECRET_CHARS = [..."ABCXYZ0189", ..." \"\\/&<>'%+=?#\n\té€😀"];
/** Secrets of ≥ 4 characters (not counting surrounding blanks) with a letter that texts never contain. */
const secret = fc
  .array(fc.constantFrom(...SECRET_CHARS), { minLength: 3, maxLength: 24 })
  .chain((chars) => fc.constantFrom(...["A", "X", "Z"]).map((letter) => [...chars, letter].join("")))
  .filter((s) => s.trim().length >= 4);
/** Text that cannot hold any encoding of such a secret: every encoding starts with a secret character, %, & or \. */
const text = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz .,:;()[]{}-_!"),
  maxLength: 80,
});

describe("secrets echoed in another encoding", () => {
  it("no secret survives in any of its encodings (property)", () => {
    fc.assert(
      fc.property(
        text,
        secret,
        text,
        fc.constantFrom(...Object.keys(ENCODINGS)),
        (before, s, after, name) => {
          const encoded = (ENCODINGS[name] as (s: string) => string)(s);
          const scrubbed = scrubSecrets(`${before}${encoded}${after}`, [s]);
          expect(scrubbed).toBe(`${before}[redacted]${after}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("text without secrets is unchanged (property)", () => {
    fc.assert(
      fc.property(text, fc.array(secret, { maxLength: 4 }), (t, secrets) => {
        expect(scrubSecrets(t, secrets)).toBe(t);
      }),
    );
  });

  it("a server's 422 echoing the config JSON-escaped, URL-encoded or HTML-escaped never carries the secret", () => {
    const password = 'pa"ss wörd&<1>';
    for (const [name, encode] of Object.entries(ENCODINGS)) {
      const body = JSON.stringify({
        detail: [{ loc: ["body", "configuration", "password"], msg: `bad value ${encode(password)}` }],
        message: `Request body ${encode(JSON.stringify({ password }))} is invalid`,
      });
      const error = normalizeApiError({
        status: 422,
        body,
        contentType: "application/json",
        secrets: [password],
      });
      const everything = JSON.stringify([error.message, error.fieldErrors]);
      for (const encoded of Object.values(ENCODINGS)) {
        expect(everything, name).not.toContain(encoded(password));
      }
      expect(everything, name).toContain("[redacted]");
    }
  });

  it("a short secret does not redact every such character, only the whole word", () => {
    expect(scrubSecrets('banana: "a" is too short', ["a"])).toBe('banana: "[redacted]" is too short');
    expect(scrubSecrets("pin 123 rejected; 41234 kept", ["123"])).toBe("pin [redacted] rejected; 41234 kept");
    expect(scrubSecrets('{\\"pin\\":\\"ab\\"} about', ["ab"])).toBe('{\\"pin\\":\\"[redacted]\\"} about');
  });

  it("keeps a caller's replacement text", () => {
    expect(scrubSecrets("token=s3cr%2Ft", ["s3cr/t"], { replacement: "••••••" })).toBe("token=••••••");
  });
});
