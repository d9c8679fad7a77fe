const BASE64 = /^[A-Za-z0-9+/]*$/;

/**
 * Decodes standard or url-safe base64, with or without padding, to UTF-8 text; `null` when it is not
 * base64 or not valid UTF-8. Whitespace anywhere is ignored.
 */
export function decodeBase64(input: string): string | null {
  let text = input.replace(/\s+/g, "").replace(/-/g, "+").replace(/_/g, "/");
  text = text.replace(/=+$/, "");
  if (!BASE64.test(text) || text.length % 4 === 1) return null;
  text += "=".repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
