/** Whether two values are the same JSON (as serialised: key order counts), the comparison defaults and consts use. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
