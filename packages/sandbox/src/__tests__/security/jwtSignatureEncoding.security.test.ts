import { describe, expect, it } from "vitest";
import { signJwt } from "../../signJwt.js";
import { verifyJwt } from "../../verifyJwt.js";

const SECRET = "sandbox-signing-secret";
const NOW = Date.UTC(2026, 0, 1);
const claims = { sub: "user", exp: NOW / 1000 + 600 };

/** The same signature bytes spelled in the standard base64 alphabet with padding. */
function standardPadded(signature: string): string {
  const standard = signature.replace(/-/g, "+").replace(/_/g, "/");
  return standard.padEnd(standard.length + ((4 - (standard.length % 4)) % 4), "=");
}

describe("JWT signature: only the canonical base64url form", () => {
  it("accepts the canonical signature", async () => {
    const jwt = await signJwt(claims, SECRET);
    expect((await verifyJwt(jwt, SECRET, { now: NOW })).ok).toBe(true);
  });

  it("rejects the same signature with padding or in the standard alphabet", async () => {
    // Search for a token whose signature has `-` or `_`, so the standard alphabet spells it differently.
    let jwt = "";
    for (let i = 0; !/[-_]/.test(jwt.split(".")[2] ?? ""); i++) jwt = await signJwt({ ...claims, i }, SECRET);
    const [header, payload, signature = ""] = jwt.split(".");
    const variants = [
      standardPadded(signature),
      `${signature}=`,
      signature.replace(/-/g, "+").replace(/_/g, "/"),
      ` ${signature}`,
    ];
    for (const variant of variants) {
      const result = await verifyJwt(`${header}.${payload}.${variant}`, SECRET, { now: NOW });
      expect(result.ok, variant).toBe(false);
    }
  });

  it("rejects a signature whose unused trailing bits are set", async () => {
    const jwt = await signJwt(claims, SECRET);
    const [header, payload, signature = ""] = jwt.split(".");
    // 32 bytes → 43 characters: the last one carries 2 unused bits; flipping them decodes to the same bytes.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(signature.at(-1) ?? "A");
    const twin = `${signature.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(Buffer.from(twin, "base64url")).toEqual(Buffer.from(signature, "base64url"));
    expect((await verifyJwt(`${header}.${payload}.${twin}`, SECRET, { now: NOW })).ok).toBe(false);
  });
});
