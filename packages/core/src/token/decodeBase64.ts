/**
 * Decodes standard or url-safe base64, with or without padding, to UTF-8 text; `null` when it is not
 * base64 or not valid UTF-8. Whitespace anywhere is ignored.
 */
export function decodeBase64(input: string): string | null {
  try {
    // `atob` checks the rest: only the standard alphabet, padding optional, never 4n+1 characters.
    const binary = atob(input.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, ""));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
