/**
 * Calls `visit` with every entry (key, value, depth) of the objects and arrays in `value`, depth first in JSON order,
 * until it returns `true`; returns whether it did. A loop rather than recursion, so a value of any depth is read
 * (a spec 10,000 levels deep overflows `JSON.stringify`'s stack); a value met again is not entered again.
 */
export function someJsonEntry(
  value: unknown,
  visit: (key: string, item: unknown, depth: number) => boolean,
): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  const seen = new Set<unknown>();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    const entries = Object.entries(node);
    for (const [key, item] of entries) if (visit(key, item, depth)) return true;
    for (let i = entries.length; i-- > 0; ) pending.push([entries[i]?.[1], depth + 1]);
  }
  return false;
}
