/**
 * A cheap, linear pre-check for `isCatastrophicPattern`: whether a pattern has a repetition (`*`, `+`, `{…}`) before
 * a group that is itself repeated (`)*`, `)+`, `){`), the shape every pattern that can backtrack exponentially has.
 * `false` means safe; `true` means "maybe" (`^(\/\w+)+$` is flagged yet safe), for the exact analysis
 * (`loadPatternAnalysis`) to decide.
 */
export function mayBacktrack(pattern: string): boolean {
  const first = pattern.search(/[*+}]/);
  return first >= 0 && /\)[*+{]/.test(pattern.slice(first));
}
