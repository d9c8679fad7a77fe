import { isPlainObject, parsePointer } from "@credential-form/core/form";
// @vitest-environment node
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type PointerError, toErrorSchema as toErrorSchemaWith } from "../../toErrorSchema.js";

/** With core's helpers, as the submit's chunk and the edit code hand them in. */
const toErrorSchema = (errors: readonly PointerError[], schema: Record<string, unknown>) =>
  toErrorSchemaWith(errors, schema, { isPlainObject, parsePointer });

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];
const KEYS = [...PROTOTYPE_KEYS, "api_key", "credentials", "0", "1"];

/** A schema declaring `path` (and more), built with own keys as `JSON.parse` makes them. */
function schemaAlong(path: readonly string[]): Record<string, unknown> {
  let node: Record<string, unknown> = { type: "string" };
  for (const key of [...path].reverse()) {
    node = /^\d+$/.test(key)
      ? { type: "array", items: node }
      : JSON.parse(`{"type":"object","properties":{${JSON.stringify(key)}:${JSON.stringify(node)}}}`);
  }
  return node;
}

/** Reads the own-property path of an error schema; undefined when a step is not an own property. */
function ownAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const PROTOTYPES = [Object.prototype, Function.prototype, Array.prototype];
const pristine = PROTOTYPES.map((proto) => Object.getOwnPropertyDescriptors(proto));

/** Puts the built-in prototypes back as they were (a failing run must not take the test runner down with it). */
function restorePrototypes(): void {
  PROTOTYPES.forEach((proto, i) => {
    const original = pristine[i] as PropertyDescriptorMap;
    for (const key of Reflect.ownKeys(proto))
      if (!Object.hasOwn(original, key)) Reflect.deleteProperty(proto, key);
    Object.defineProperties(proto, original);
  });
}

/** What a call left on the built-in prototypes (then restored). */
function polluted(): string[] {
  const found: string[] = [];
  PROTOTYPES.forEach((proto, i) => {
    const original = pristine[i] as PropertyDescriptorMap;
    for (const key of Reflect.ownKeys(proto)) {
      const before = original[key as string];
      const now = Object.getOwnPropertyDescriptor(proto, key);
      if (!before || before.value !== now?.value || before.get !== now?.get) found.push(String(key));
    }
  });
  restorePrototypes();
  return found;
}

afterEach(restorePrototypes);

const pointer = (path: readonly string[]) =>
  `/${path.map((k) => k.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;

describe("prototype keys in error schemas", () => {
  it("a required error on a field named __proto__ stays an own property of the error schema", () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}');
    const { errorSchema, count } = toErrorSchema([{ path: "/__proto__", message: "is required" }], schema);
    expect(count).toBe(1);
    expect(polluted()).toEqual([]);
    expect(Object.getPrototypeOf(errorSchema)).toBe(Object.prototype);
    expect(ownAt(errorSchema, ["__proto__", "__errors"])).toEqual(["is required"]);
  });

  it("a server 422 whose location passes through __proto__ writes nothing onto Object.prototype", () => {
    const schema = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"object","properties":{"polluted":{"type":"string"}}}}}',
    );
    toErrorSchema([{ path: "/__proto__/polluted", message: "<img src=x onerror=alert(1)>" }], schema);
    toErrorSchema([{ path: "/constructor/prototype/x", message: "server text" }], schema);
    expect(polluted()).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("any path of prototype keys lands as own properties where the schema declares it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }),
        fc.string({ maxLength: 20 }),
        (declared, extra, message) => {
          const schema = schemaAlong(declared);
          const { errorSchema, count } = toErrorSchema(
            [
              { path: pointer(declared), message },
              { path: pointer([...declared, ...extra]), message },
            ],
            schema,
          );
          expect(polluted()).toEqual([]);
          expect(count).toBe(extra.length === 0 ? 1 : 2);
          const errors = ownAt(errorSchema, [...declared, "__errors"]);
          expect(errors).toContain(message);
          if (extra.length > 0) expect(errors).toContain(`${extra.join(".")}: ${message}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("errors on undeclared prototype keys land on the root, prefixed (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROTOTYPE_KEYS), { minLength: 1, maxLength: 4 }), (path) => {
        const { errorSchema } = toErrorSchema([{ path: pointer(path), message: "m" }], { type: "object" });
        expect(polluted()).toEqual([]);
        expect(Object.keys(errorSchema)).toEqual(["__errors"]);
        expect(ownAt(errorSchema, ["__errors"])).toEqual([`${path.join(".")}: m`]);
      }),
    );
  });
});
