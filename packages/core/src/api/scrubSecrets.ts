/** Options of {@link scrubSecrets}. */
export interface ScrubSecretsOptions {
  /** What each occurrence is replaced by. @default "[redacted]" */
  replacement?: string;
  /**
   * Secrets shorter than this are replaced only as a whole word (`"ab"`, `pin 123`), never inside other words,
   * so a one-character secret does not blank every "a" of a message. @default 4
   */
  minLength?: number;
}

/** A letter, digit or `_` (Latin-1 and beyond included): what a short secret must not touch. */
const WORD = "[\\w\\u00c0-\\uffff]";

const hex = (code: number, digits: number): string =>
  code
    .toString(16)
    .padStart(digits, "0")
    .replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);

/** `\u` escapes of a UTF-16 code unit as JSON writes it (any case, behind any run of backslashes). */
const uEscape = (unit: number): string => `\\\\+u${hex(unit, 4)}`;

const SHORT_JSON: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  "\n": "n",
  "\r": "r",
  "\t": "t",
  "\b": "b",
  "\f": "f",
};
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "amp",
  "<": "lt",
  ">": "gt",
  '"': "quot",
  "'": "apos",
};

/** A pattern matching one character (code point) as written or in any of the encodings a server may echo. */
function charPattern(char: string): string {
  const code = char.codePointAt(0) as number;
  const alternatives: string[] = [];
  // JSON: a short escape, or `\uXXXX` (a surrogate pair above the BMP).
  const short = SHORT_JSON[char];
  if (short !== undefined) alternatives.push(`\\\\+${short.replace(/[\\/]/g, "\\$&")}`);
  alternatives.push(
    code > 0xffff ? [...char.split("")].map((unit) => uEscape(unit.charCodeAt(0))).join("") : uEscape(code),
  );
  // URL: percent-encoded UTF-8 bytes, `+` for a space (form encoding).
  try {
    alternatives.push(
      encodeURIComponent(char).replace(/%([0-9A-F]{2})|[^%]/g, (m, byte?: string) =>
        byte ? `%${hex(Number.parseInt(byte, 16), 2)}` : `%${hex(m.charCodeAt(0), 2)}`,
      ),
    );
  } catch {
    // A lone surrogate has no UTF-8 form.
  }
  if (char === " ") alternatives.push("\\+");
  // HTML: a named entity, or a decimal or hex character reference.
  const entity = ENTITIES[char];
  if (entity !== undefined) alternatives.push(`&${entity};`);
  alternatives.push(`&#0*${code};`, `&#[xX]0*${hex(code, 1)};`);
  // As written comes last: alternatives are tried in order, and an encoded form must win over a literal reading of
  // its first characters (`&#X41;&#X26;…`, "A&#X" encoded, also reads as "A" encoded then "&#X" as written, which
  // would leave the rest of the encoding behind).
  alternatives.push(char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"));
  return `(?:${alternatives.join("|")})`;
}

/** A pattern matching `secret` as written, JSON-escaped, URL-encoded or HTML-escaped (or a mix of these). */
function secretPattern(secret: string): string {
  return Array.from(secret, charPattern).join("");
}

/** What every encoded form of a character in `charPattern` contains: a backslash, `%`, `+` (a space) or `&`. */
const ENCODING_MARKS = /[\\%+&]/;

/**
 * Replaces every occurrence of each secret in `text` by `replacement` (longest secrets first): as written and
 * also JSON-escaped (`\"`, `\\`, `\uXXXX`), URL-encoded (`%XX`, `+` for a space) or HTML-escaped (`&amp;`,
 * `&#39;`), as servers echo a request's values in error messages. Secrets shorter than `minLength` are replaced
 * only as whole words. This is the one secret matcher of the library: every channel (errors, events,
 * logs) redacts with it.
 */
export function scrubSecrets(
  text: string,
  secrets: readonly string[],
  { replacement = "[redacted]", minLength = 4 }: ScrubSecretsOptions = {},
): string {
  // Without these characters a text can hold a secret only as written (a plain substring search), and most texts
  // (a form's field messages) have none: running the pattern, one alternation over every secret and every
  // encoding of each character, costs ~1 ms per message with 100 secrets, so hundreds on a large form's submit.
  if (!ENCODING_MARKS.test(text) && !secrets.some((secret) => secret !== "" && text.includes(secret)))
    return text;
  const pattern = matcher(secrets, minLength);
  return pattern === null ? text : text.replace(pattern, () => replacement);
}

// The last matcher built: a form's submit scrubs every field error (250 on a large form) with the same secrets,
// and building the pattern is what costs (hundreds of ms on such a form when rebuilt per message).
let last: { key: string; pattern: RegExp | null } | undefined;

function matcher(secrets: readonly string[], minLength: number): RegExp | null {
  // JSON: unambiguous (a joined key would let ["a\u0000b"] stand for ["a", "b"]).
  const key = JSON.stringify([minLength, secrets]);
  if (last?.key === key) return last.pattern;
  const patterns = [...new Set(secrets)]
    .filter((secret) => secret !== "")
    .sort((a, b) => b.length - a.length)
    .map((secret) =>
      secret.trim().length >= minLength
        ? secretPattern(secret)
        : `(?<!${WORD})${secretPattern(secret)}(?!${WORD})`,
    );
  // One alternation, longest first: at each position the longest secret that matches is replaced.
  const pattern = patterns.length === 0 ? null : new RegExp(patterns.join("|"), "g");
  last = { key, pattern };
  return pattern;
}
