import type { JSONSchema } from "../schema/JSONSchema.js";
import { isArray } from "../shared/isArray.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { appendPointer, constValue, getOwn } from "./ownHelpers.js";

/** One field the end user gives before consent, and where it goes in `oauth_input_configuration`. */
export interface OAuthUserInput {
  /** Key in `oauth_input_configuration` (the property name of `oauth_user_input_from_connector_config_specification`). */
  key: string;
  /** JSON pointer of the field in the connector config (`path_in_connector_config`). */
  path: string;
}

/** What a spec's `advanced_auth` means for the form: which option OAuth selects and which fields it fills. */
export interface OAuthPlan {
  /**
   * JSON pointer of the object whose oneOf holds the OAuth option (`"/credentials"`), or `null` when OAuth fills
   * the object at `targetPath` directly (no oneOf there: OAuth is the connector's only way in).
   */
  oneOfPath: string | null;
  /** Index of the OAuth option in that oneOf, or `null` without one. */
  optionIndex: number | null;
  /** JSON pointer of the object OAuth fills (`"/credentials"`, or `""` for the root). */
  targetPath: string;
  /** The discriminator OAuth selects (`predicate_key` / `predicate_value`), or `null` when the spec names none. */
  predicate: { path: string; value: unknown } | null;
  /**
   * JSON pointers of the fields the server fills: what consent returns (`complete_oauth_output_specification`) and
   * Airbyte's own OAuth app (`complete_oauth_server_output_specification`: client id and secret), except fields the
   * user gives before consent.
   */
  outputPaths: string[];
  /**
   * Output fields inside the OAuth target object: hidden from the form and not required from the user.
   * (An output outside it, e.g. Shopify's top-level `shop`, is shared with the other auth options and stays a field.)
   */
  hiddenPaths: string[];
  /** Fields the end user gives before consent (`oauth_user_input_from_connector_config_specification`). */
  userInputs: OAuthUserInput[];
}

const toPointer = (path: readonly string[]): string => path.reduce(appendPointer, "");

/** The string path of a `path_in_connector_config`, or `null` when it is not a non-empty list of strings. */
function readPath(value: unknown): string[] | null {
  if (!isArray(value) || value.length === 0 || !value.every((p) => typeof p === "string")) return null;
  return value as string[];
}

/** Properties of `spec` (`oauth_…_specification`) as `[name, path]` pairs, skipping entries without a path. */
function pathsOf(spec: unknown): [string, string[]][] {
  const properties = isPlainObject(spec) && isPlainObject(spec.properties) ? spec.properties : {};
  const out: [string, string[]][] = [];
  for (const [name, property] of Object.entries(properties)) {
    const path = isPlainObject(property) ? readPath(property.path_in_connector_config) : null;
    if (path) out.push([name, path]);
  }
  return out;
}

/** The sub-schema at a property path, or `undefined` when a step is not a declared property. */
function schemaAt(schema: JSONSchema, path: readonly string[]): JSONSchema | undefined {
  let node: JSONSchema | undefined = schema;
  for (const key of path) {
    const properties: unknown = node?.properties;
    node = isPlainObject(properties) ? (getOwn(properties, key) as JSONSchema | undefined) : undefined;
    if (!isPlainObject(node)) return undefined;
  }
  return node;
}

/** Whether the option's discriminator (`key`) is fixed to `value` (`const`, a one-value `enum` or its `default`). */
function selects(option: unknown, key: string, value: unknown): boolean {
  if (!isPlainObject(option) || !isPlainObject(option.properties)) return false;
  const property = getOwn(option.properties, key);
  if (!isPlainObject(property)) return false;
  const fixed = constValue(property);
  return (fixed !== undefined ? fixed : property.default) === value;
}

/**
 * Reads a spec's `advanced_auth` (the registry's or a template's `user_config_spec.advanced_auth`) against its
 * connection specification. `null` when there is no OAuth 2.0 flow to run or its predicate names no option of
 * the spec (the form then stays as it is).
 */
export function planOAuth(spec: JSONSchema, advancedAuth: unknown): OAuthPlan | null {
  if (!isPlainObject(advancedAuth)) return null;
  const flow = advancedAuth.auth_flow_type;
  if (flow !== undefined && flow !== "oauth2.0" && flow !== "oauth1.0") return null;
  const config = isPlainObject(advancedAuth.oauth_config_specification)
    ? advancedAuth.oauth_config_specification
    : {};
  const userInputs = pathsOf(config.oauth_user_input_from_connector_config_specification).map(
    ([key, path]) => ({
      key,
      path: toPointer(path),
    }),
  );
  const given = new Set(userInputs.map((input) => input.path));
  const consented = pathsOf(config.complete_oauth_output_specification);
  if (consented.length === 0) return null;
  const outputs: [string, string[]][] = [];
  for (const entry of [...consented, ...pathsOf(config.complete_oauth_server_output_specification)]) {
    const pointer = toPointer(entry[1]);
    if (!given.has(pointer) && !outputs.some(([, p]) => toPointer(p) === pointer)) outputs.push(entry);
  }

  const predicateKey = readPath(advancedAuth.predicate_key);
  const predicateValue = advancedAuth.predicate_value;
  let oneOfPath: string | null = null;
  let optionIndex: number | null = null;
  let target: string[] = [];
  let predicate: OAuthPlan["predicate"] = null;
  if (predicateKey && predicateValue !== undefined) {
    const parentPath = predicateKey.slice(0, -1);
    const key = predicateKey[predicateKey.length - 1] as string;
    const parent = schemaAt(spec, parentPath);
    if (!parent) return null;
    if (isArray(parent.oneOf)) {
      const index = parent.oneOf.findIndex((option) => selects(option, key, predicateValue));
      if (index < 0) return null;
      oneOfPath = toPointer(parentPath);
      optionIndex = index;
    } else if (!selects(parent, key, predicateValue)) {
      return null;
    }
    target = parentPath;
    predicate = { path: toPointer(predicateKey), value: predicateValue };
  } else {
    // No predicate: OAuth fills the deepest object that holds every output (often the root).
    const parents = consented.map(([, path]) => path.slice(0, -1));
    const first = parents[0] ?? [];
    let depth = 0;
    while (depth < first.length && parents.every((p) => p[depth] === first[depth])) depth++;
    target = first.slice(0, depth);
    // A oneOf there (no predicate to pick its option) is left to the user: fill the object only.
    const parent = schemaAt(spec, target);
    if (!parent) return null;
  }

  const inside = (path: readonly string[]) =>
    path.length > target.length && target.every((key, i) => path[i] === key);
  return {
    oneOfPath,
    optionIndex,
    targetPath: toPointer(target),
    predicate,
    outputPaths: outputs.map(([, path]) => toPointer(path)),
    hiddenPaths: outputs.filter(([, path]) => inside(path)).map(([, path]) => toPointer(path)),
    userInputs,
  };
}
