/**
 * The ways a server echoes a value it received, as real stacks write them: every encoding `scrubSecrets` promises
 * to catch (as written, JSON-escaped, URL-encoded, HTML-escaped), in the variants servers write. The security
 * tests of core and react check each channel against all of them.
 */
export const echoEncodings: Readonly<Record<string, (secret: string) => string>> = {
  "as written": (s) => s,
  "JSON string": (s) => JSON.stringify(s).slice(1, -1),
  "JSON string in a JSON string": (s) => JSON.stringify(JSON.stringify(s)).slice(3, -3),
  "JSON, ASCII only (\\uXXXX)": (s) =>
    JSON.stringify(s)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]|[<>&'/]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  "JSON, upper-case \\uXXXX and \\/": (s) =>
    JSON.stringify(s)
      .slice(1, -1)
      .replace(/\//g, "\\/")
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`),
  "JSON, every character \\uXXXX": (s) =>
    Array.from(s)
      .flatMap((c) => c.split(""))
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .join(""),
  encodeURIComponent: (s) => encodeURIComponent(s),
  "percent-encoding of every byte, lower-case": (s) =>
    [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
  "form encoding (+ for a space)": (s) => new URLSearchParams({ v: s }).toString().slice(2),
  "HTML-escaped": (s) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;"),
  "HTML decimal references": (s) => Array.from(s, (c) => `&#${c.codePointAt(0)};`).join(""),
  "HTML hex references": (s) => Array.from(s, (c) => `&#x${c.codePointAt(0)?.toString(16)};`).join(""),
  "HTML hex references, upper-case": (s) =>
    Array.from(s, (c) => `&#X${c.codePointAt(0)?.toString(16).toUpperCase()};`).join(""),
};
