import { inlineStaleRefs } from "../schema/inlineStaleRefs.js";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { getOwn, parsePointer, setOwn } from "./ownHelpers.js";
import type { OAuthPlan } from "./planOAuth.js";

/** A copy of `node` without the property at `path` (relative), copying only the objects on the way. */
function drop(node: JSONSchema, path: readonly string[]): JSONSchema {
  const [key, ...rest] = path;
  if (key === undefined || !isPlainObject(node.properties)) return node;
  const child = getOwn(node.properties, key);
  if (!isPlainObject(child)) return node;
  const properties: Record<string, JSONSchema> = {};
  for (const [name, value] of Object.entries(node.properties)) {
    if (name === key && rest.length === 0) continue;
    setOwn(properties, name, name === key ? drop(child as JSONSchema, rest) : value);
  }
  const copy: JSONSchema = { ...node, properties };
  if (rest.length === 0 && isArray(node.required)) copy.required = node.required.filter((r) => r !== key);
  return copy;
}

/** A copy of `node` whose property at `path` (relative) is required, copying only the objects on the way. */
function requireAt(node: JSONSchema, path: readonly string[]): JSONSchema {
  const [key, ...rest] = path;
  if (key === undefined || !isPlainObject(node.properties)) return node;
  const child = getOwn(node.properties, key);
  if (!isPlainObject(child)) return node;
  if (rest.length === 0) {
    const required = isArray(node.required) ? node.required : [];
    return required.includes(key) ? node : { ...node, required: [...required, key] };
  }
  return at(node, [key], (found) => requireAt(found, rest));
}

/** Applies `edit` to the sub-schema at `path` (declared properties only), copying the objects on the way. */
function at(node: JSONSchema, path: readonly string[], edit: (found: JSONSchema) => JSONSchema): JSONSchema {
  const [key, ...rest] = path;
  if (key === undefined) return edit(node);
  const child = isPlainObject(node.properties) ? getOwn(node.properties, key) : undefined;
  if (!isPlainObject(child)) return node;
  const properties: Record<string, JSONSchema> = {};
  for (const [name, value] of Object.entries(node.properties as Record<string, JSONSchema>)) {
    setOwn(properties, name, name === key ? at(child as JSONSchema, rest, edit) : value);
  }
  return { ...node, properties };
}

/**
 * The connection specification as the end user sees it when OAuth is used: the fields the server fills
 * (`plan.hiddenPaths`) are removed from the OAuth option (or the object OAuth fills) and from its `required`, so the
 * form neither shows nor requires them and validation of the submitted config does not ask for them; the fields
 * needed before consent (`plan.userInputs`) become required. The other options of the oneOf are untouched; a `$ref`
 * naming a node this changed gets the node it named (`inlineStaleRefs`). Pure: the input schema is not modified.
 */
export function toOAuthSchema(schema: JSONSchema, plan: OAuthPlan): JSONSchema {
  const target = parsePointer(plan.targetPath);
  const inOption = (path: string[]) =>
    plan.optionIndex !== null && path.length > target.length && target.every((k, i) => path[i] === k);
  const relative = plan.hiddenPaths.map((p) => parsePointer(p).slice(target.length));
  const inputs = plan.userInputs.map((input) => parsePointer(input.path));
  const requireOutside = (node: JSONSchema) =>
    inputs.filter((path) => !inOption(path)).reduce(requireAt, node);
  const strip = (node: JSONSchema) =>
    inputs
      .filter(inOption)
      .map((path) => path.slice(target.length))
      .reduce(requireAt, relative.reduce(drop, node));
  const view = requireOutside(
    at(schema, target, (node) => {
      if (plan.optionIndex === null || !isArray(node.oneOf)) return strip(node);
      const index = plan.optionIndex;
      return {
        ...node,
        oneOf: node.oneOf.map((option, i) =>
          i === index && isPlainObject(option) ? strip(option as JSONSchema) : option,
        ),
      };
    }),
  );
  return inlineStaleRefs(view, schema);
}
