import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer } from "./appendPointer.js";
import type { InterpreterEngine } from "./interpretSchemaWith.js";
import { isLimit } from "./isLimit.js";
import { tryRegExp } from "./tryRegExp.js";

type Node = Record<string, unknown>;

/** `interpretSchema`'s object keywords (`required`, `properties`, `additionalProperties`, dependencies…) for one node. */
export function checkObject(
  node: Node,
  data: Record<string, unknown>,
  at: string,
  path: string,
  fail: (keyword: string, params: Record<string, unknown>, instancePath?: string) => void,
  sub: (child: unknown, value: unknown, childAt: string, childPath: string) => void,
  engine: InterpreterEngine,
): void {
  // ajv (with `ownProperties`) counts a property as present when it is an own property that is not undefined.
  const present = (key: string): boolean => Object.hasOwn(data, key) && data[key] !== undefined;
  const keys = Object.keys(data);
  const { required, properties, patternProperties, additionalProperties, propertyNames } = node;
  if (isArray(required)) {
    for (const name of new Set(required)) {
      if (typeof name === "string" && !present(name)) fail("required", { missingProperty: name });
    }
  }
  const declared = isPlainObject(properties) ? properties : {};
  for (const name of Object.keys(declared)) {
    if (present(name))
      sub(declared[name], data[name], appendPointer(at, name), appendPointer(`${path}/properties`, name));
  }
  const patternEntries = isPlainObject(patternProperties)
    ? Object.entries(patternProperties).flatMap(([source, child]) => {
        // A pattern that is not tested would match every key: such an entry is left out (normalizeSpec drops it).
        const compiled = engine.isCatastrophicPattern(source) ? null : tryRegExp(engine.safeRegExp, source);
        return compiled ? [{ source, compiled, child }] : [];
      })
    : [];
  for (const key of keys) {
    const value = data[key];
    let matched = Object.hasOwn(declared, key);
    for (const { source, compiled, child } of patternEntries) {
      if (!compiled.test(key)) continue;
      matched = true;
      if (value !== undefined)
        sub(child, value, appendPointer(at, key), appendPointer(`${path}/patternProperties`, source));
    }
    if (matched || additionalProperties === undefined || additionalProperties === true) continue;
    if (additionalProperties === false) fail("additionalProperties", { additionalProperty: key });
    else sub(additionalProperties, value, appendPointer(at, key), `${path}/additionalProperties`);
  }
  if (propertyNames !== undefined) {
    for (const key of keys) sub(propertyNames, key, at, `${path}/propertyNames`);
  }
  const { maxProperties, minProperties } = node;
  if (isLimit(maxProperties) && keys.length > maxProperties) fail("maxProperties", { limit: maxProperties });
  if (isLimit(minProperties) && keys.length < minProperties) fail("minProperties", { limit: minProperties });
  for (const keyword of ["dependencies", "dependentRequired", "dependentSchemas"]) {
    const dependencies = node[keyword];
    if (!isPlainObject(dependencies)) continue;
    for (const [property, dependency] of Object.entries(dependencies)) {
      if (!present(property)) continue;
      if (isArray(dependency)) {
        for (const name of dependency) {
          if (typeof name === "string" && !present(name)) {
            fail(keyword, {
              property,
              missingProperty: name,
              depsCount: dependency.length,
              deps: dependency.join(", "),
            });
          }
        }
      } else {
        sub(dependency, data, at, appendPointer(`${path}/${keyword}`, property));
      }
    }
  }
}
