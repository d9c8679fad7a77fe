import { base64 } from "./base64.js";
import { hmacKey } from "./hmacKey.js";
import type { JwtClaims } from "./signJwt.js";

/** Why a token was refused. */
export type JwtFailure = "malformed" | "bad_algorithm" | "bad_signature" | "expired" | "bad_audience";

/** Outcome of {@link verifyJwt}: claims are present whenever the signature is good, even when expired. */
export type JwtVerification =
  | { ok: true; claims: JwtClaims }
  | { ok: false; reason: JwtFailure; claims: JwtClaims | null };

/** Options of {@link verifyJwt}. */
export interface VerifyJwtOptions {
  /** Current time in milliseconds. */
  now: number;
  /** Expected `aud` claim, when checked. */
  audience?: string;
}

function parseJson(segment: string): JwtClaims | null {
  try {
    const value: unknown = JSON.parse(base64.decodeText(segment));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JwtClaims) : null;
  } catch {
    return null;
  }
}

/** Verifies an HS256 JWT (signature first, then `exp` and `aud`); never throws. */
export async function verifyJwt(
  token: string,
  secret: string,
  options: VerifyJwtOptions,
): Promise<JwtVerification> {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "malformed", claims: null };
  const [headerPart = "", payloadPart = "", signaturePart = ""] = parts;
  const header = parseJson(headerPart);
  const claims = parseJson(payloadPart);
  if (!header || !claims) return { ok: false, reason: "malformed", claims: null };
  if (header.alg !== "HS256") return { ok: false, reason: "bad_algorithm", claims: null };
  let signature: Uint8Array;
  try {
    signature = base64.decodeBytes(signaturePart);
  } catch {
    return { ok: false, reason: "malformed", claims: null };
  }
  // Only the canonical base64url form (no padding, URL alphabet, zero trailing bits) is the signature: padded or
  // standard-alphabet spellings of the same bytes are other tokens, which a real server would reject.
  if (base64.urlEncodeBytes(signature) !== signaturePart) {
    return { ok: false, reason: "bad_signature", claims: null };
  }
  const valid = await crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret),
    signature as Uint8Array<ArrayBuffer>,
    new TextEncoder().encode(`${headerPart}.${payloadPart}`),
  );
  if (!valid) return { ok: false, reason: "bad_signature", claims: null };
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= options.now) {
    return { ok: false, reason: "expired", claims };
  }
  if (options.audience !== undefined && claims.aud !== options.audience) {
    return { ok: false, reason: "bad_audience", claims };
  }
  return { ok: true, claims };
}
