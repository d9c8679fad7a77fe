/** The route pattern's captured path segments, percent-decoded; `null` when one is malformed. */
export function decodeParams(match: RegExpExecArray): string[] | null {
  try {
    return match.slice(1).map((p) => decodeURIComponent(p ?? ""));
  } catch {
    return null;
  }
}
