/** The letter shown for a connector without a loadable icon: the first letter or digit of its name, else "?". */
export function monogram(name: string): string {
  return (/[\p{L}\p{N}]/u.exec(name)?.[0] ?? "?").toUpperCase();
}
