/** The number of Unicode code points, as ajv counts string lengths. */
export function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
