// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { scrubSecrets } from "./scrubSecrets.js";

describe("scrubSecrets' reused matcher", () => {
  it("is rebuilt whenever the secrets differ, even in the same (mutated) array", () => {
    const text = "key abcd, pin wxyz, both abcd\u0000wxyz";
    const secrets = ["abcd"];
    expect(scrubSecrets(text, secrets)).toBe("key [redacted], pin wxyz, both [redacted]\u0000wxyz");
    secrets.push("wxyz");
    expect(scrubSecrets(text, secrets)).toBe(
      "key [redacted], pin [redacted], both [redacted]\u0000[redacted]",
    );
    // A list whose entries would join to the same text is a different list.
    expect(scrubSecrets(text, ["abcd\u0000wxyz"])).toBe("key abcd, pin wxyz, both [redacted]");
    expect(scrubSecrets(text, ["abcd", "wxyz"], { minLength: 8 })).toBe(
      "key [redacted], pin [redacted], both [redacted]\u0000[redacted]",
    );
    expect(scrubSecrets(text, [])).toBe(text);
  });

  it("scrubs every message of a long list with the same secrets", () => {
    const secrets = Array.from({ length: 200 }, (_, i) => `secret-value-${i}-${"x".repeat(20)}`);
    const messages = Array.from({ length: 250 }, (_, i) => `field ${i} is wrong: ${secrets[i % 200]}`);
    const scrubbed = messages.map((message) => scrubSecrets(message, secrets));
    expect(scrubbed.every((message) => message.endsWith("[redacted]"))).toBe(true);
  });
});

describe("scrubSecrets on texts without any encoding", () => {
  const secrets = Array.from({ length: 100 }, (_, i) => `https://api.example${i}.com/v1`);

  it("leaves them alone without running the pattern (its speed on a form's 250 field messages is in the bench)", () => {
    const messages = Array.from({ length: 250 }, (_, i) => `Field number ${i} is required`);
    // The pattern runs through RegExp.prototype[Symbol.replace] (text.replace(pattern, …)): count its runs rather
    // than time them, so a loaded machine cannot fail this.
    const replace = vi.spyOn(RegExp.prototype, Symbol.replace);
    try {
      const scrubbed = messages.map((message) => scrubSecrets(message, secrets));
      expect(scrubbed).toEqual(messages);
      expect(replace).not.toHaveBeenCalled();
      // The spy does see the pattern run where a text may hold an encoded secret.
      const encoded = "echo https%3A%2F%2Fapi.example7.com%2Fv1";
      expect(scrubSecrets(encoded, secrets)).toBe("echo [redacted]");
      expect(replace).toHaveBeenCalledWith(encoded, expect.any(Function));
    } finally {
      replace.mockRestore();
    }
  });

  it("still redacts a secret written as is, and any encoded one (the pattern runs when a text has \\\\ % + or &)", () => {
    expect(scrubSecrets("host https://api.example7.com/v1 is down", secrets)).toBe("host [redacted] is down");
    expect(scrubSecrets("pin 12 and 123", ["12"])).toBe("pin [redacted] and 123");
    expect(scrubSecrets("echo https%3A%2F%2Fapi.example7.com%2Fv1", secrets)).toBe("echo [redacted]");
    expect(scrubSecrets("echo a+b", ["a b"])).toBe("echo [redacted]");
    expect(scrubSecrets("echo &#97;bcd", ["abcd"])).toBe("echo [redacted]");
    expect(scrubSecrets('echo "ab\\\\u0063d"', ["abcd"])).toBe('echo "[redacted]"');
  });
});

describe("scrubSecrets on a secret whose own text begins an encoding", () => {
  // Each secret's characters, as written, also read as the start of the next character's encoding: a match that took
  // them as written would stop early and leave the rest of the encoded secret in the text (CI seed 340645479).
  it.each([
    ["A&#X", "&#X41;&#X26;&#X23;&#X58;"],
    ["A&#x", "&#x41;&#x26;&#x23;&#x78;"],
    ["A\\u0", "\\u0041\\u005c\\u0075\\u0030"],
    ["A%2", "%41%25%32"],
  ])("%s encoded as %s is replaced whole", (secret, encoded) => {
    expect(scrubSecrets(`echo ${encoded}!`, [secret])).toBe("echo [redacted]!");
  });
});
