// The OAuth engine's own copies of five of core's small helpers (`shared/setOwn`, `shared/getOwn`,
// `schema/parsePointer`, `schema/appendPointer`, `schema/constValue`), same code and behaviour. Why copies: the
// OAuth code is a chunk loaded on demand, and every module it shares with the first load makes a bundler split
// those modules into chunks of their own, each gzipped apart. Sharing these five cost the base entry 288 B gzip,
// more than the copies cost this chunk (see bench/README.md, "OAuth's share"). `ownHelpers.test.ts` checks that
// each copy answers as the original does.
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";

/** See `shared/setOwn.ts`: sets an own, enumerable data property (a `__proto__` key stays a property). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** See `shared/getOwn.ts`: `record[key]` when it is an own property, else `undefined`. */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** See `schema/parsePointer.ts`: a JSON pointer's unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.replace(/^#/, "");
  if (body === "") return [];
  return body
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** See `schema/appendPointer.ts`: appends one escaped reference token to a JSON pointer. */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** See `schema/constValue.ts`: the fixed value of a `const` (or single-value `enum`) schema, or `undefined`. */
export function constValue(schema: unknown): unknown {
  if (!isPlainObject(schema)) return undefined;
  if ("const" in schema) return schema.const;
  if (isArray(schema.enum) && schema.enum.length === 1) return schema.enum[0];
  return undefined;
}
