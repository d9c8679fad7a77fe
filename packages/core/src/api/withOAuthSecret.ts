import { isPlainObject } from "../shared/isPlainObject.js";

type Json = Record<string, unknown>;

/** The config paths OAuth fills, from an `advanced_auth`'s `complete_oauth_output_specification`. */
function outputPaths(advancedAuth: unknown): string[][] {
  const spec = isPlainObject(advancedAuth) ? advancedAuth.oauth_config_specification : undefined;
  const output = isPlainObject(spec) ? spec.complete_oauth_output_specification : undefined;
  const properties = isPlainObject(output) && isPlainObject(output.properties) ? output.properties : {};
  return Object.values(properties)
    .map((p) => (isPlainObject(p) ? p.path_in_connector_config : undefined))
    .filter((p): p is string[] => Array.isArray(p) && p.length > 0 && p.every((k) => typeof k === "string"));
}

/** A copy of `node` without the value at `path` (copying only the objects on the way). */
function without(node: unknown, path: readonly string[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined || !isPlainObject(node) || !Object.hasOwn(node, key)) return node;
  const copy: Json = { ...node };
  if (rest.length === 0) delete copy[key];
  else copy[key] = without(node[key], rest);
  return copy;
}

/**
 * The current API's create (or check) body for a source authorised by consent: `server_side_oauth_secret_id` set,
 * and the fields OAuth fills removed wherever the body holds config (`replication_config`, `credentials`,
 * `environment`), since the server fills them from the secret.
 */
export function withOAuthSecret(body: Json, secretId: string, advancedAuth: unknown): Json {
  const out: Json = { ...body, server_side_oauth_secret_id: secretId };
  for (const path of outputPaths(advancedAuth)) {
    if (isPlainObject(out.replication_config)) out.replication_config = without(out.replication_config, path);
    const [head, ...rest] = path;
    if ((head === "credentials" || head === "environment") && isPlainObject(out[head]) && rest.length > 0) {
      out[head] = without(out[head], rest);
    }
  }
  return out;
}
