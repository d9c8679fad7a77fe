/** The value when it is a non-empty string, else `null`. */
export const nonEmptyText = (value: unknown): string | null =>
  typeof value === "string" && value ? value : null;
