/**
 * Sets `key` on `target` as an own, enumerable data property. Unlike `target[key] = value`, a key named
 * `__proto__` (an own key of anything `JSON.parse` returns) stays a property instead of replacing the prototype.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
