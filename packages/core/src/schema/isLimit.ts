/** Whether a limit keyword's value is one (a number); any other value is ignored, as by ajv. */
export function isLimit(value: unknown): value is number {
  return typeof value === "number";
}
