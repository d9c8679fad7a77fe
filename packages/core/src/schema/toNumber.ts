/** A numeric string as a number; `NaN` for anything else (blank strings included, which `Number` reads as 0). */
export function toNumber(value: unknown): number {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}
