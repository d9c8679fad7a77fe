/**
 * `record[key]` when it is an own property, else `undefined`: a key the data lacks never reads an
 * `Object.prototype` member (`__proto__`, `constructor`, `toString`…).
 */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
