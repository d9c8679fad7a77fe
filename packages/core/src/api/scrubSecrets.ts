/** Replaces every occurrence of each secret in `text` by `[redacted]` (longest secrets first). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return [...new Set(secrets)]
    .filter((s) => s)
    .sort((a, b) => b.length - a.length)
    .reduce((out, secret) => out.split(secret).join("[redacted]"), text);
}
