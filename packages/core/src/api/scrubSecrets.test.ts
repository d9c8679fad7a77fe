// @vitest-environment node
import { describe, expect, it } from "vitest";
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
