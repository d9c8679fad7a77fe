const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

function bytesToBinary(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return binary;
}

function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 helpers on atob/btoa only, so the emulator core runs in browsers too. */
export const base64 = {
  /** Standard base64 (with padding) of the UTF-8 bytes of a string. */
  encodeText(text: string): string {
    return btoa(bytesToBinary(encoder.encode(text)));
  },
  /** Decodes standard or URL-safe base64 into UTF-8 text; throws on invalid input. */
  decodeText(value: string): string {
    return decoder.decode(base64.decodeBytes(value));
  },
  /** base64url (no padding) of raw bytes. */
  urlEncodeBytes(bytes: Uint8Array): string {
    return btoa(bytesToBinary(bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  },
  /** base64url (no padding) of the UTF-8 bytes of a string. */
  urlEncodeText(text: string): string {
    return base64.urlEncodeBytes(encoder.encode(text));
  },
  /** Decodes standard or URL-safe base64 (padding optional) into bytes; throws on invalid input. */
  decodeBytes(value: string): Uint8Array {
    const normalized = value.trim().replace(/-/g, "+").replace(/_/g, "/");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalized)) throw new Error("not base64");
    const padded = normalized.padEnd(normalized.length + ((4 - (normalized.length % 4)) % 4), "=");
    return binaryToBytes(atob(padded));
  },
};
