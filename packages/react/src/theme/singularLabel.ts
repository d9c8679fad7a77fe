/**
 * An array's title as the name of one of its items: "Ad Account ID(s)" → "Ad Account ID", "GitHub Repositories" →
 * "GitHub Repository", "Branches" → "Branch". Registry titles are English; a title it cannot read stays as is.
 */
export function singularLabel(title: string): string {
  const label = title.trim();
  const optional = label.replace(/\s*\((?:e?s)\)$/i, "");
  if (optional !== label) return optional;
  return label
    .replace(/([^aeiou\s])ies$/, "$1y")
    .replace(/(ch|sh|x|ss)es$/, "$1")
    .replace(/([^siu\s'’])s$/, "$1");
}
