import { base64 } from "./base64.js";
import { hmacKey } from "./hmacKey.js";

/** JWT claims: any JSON object. */
export type JwtClaims = Record<string, unknown>;

/** Signs claims as a compact HS256 JWT with WebCrypto (works in Node 20 and browsers). */
export async function signJwt(claims: JwtClaims, secret: string): Promise<string> {
  const header = base64.urlEncodeText(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64.urlEncodeText(JSON.stringify(claims));
  const signingInput = `${header}.${payload}`;
  const signature = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    new TextEncoder().encode(signingInput),
  );
  return `${signingInput}.${base64.urlEncodeBytes(new Uint8Array(signature))}`;
}
