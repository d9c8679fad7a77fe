import { isPlainObject } from "../shared/isPlainObject.js";
import { parsePointer, setOwn } from "./ownHelpers.js";
import type { OAuthPlan } from "./planOAuth.js";

type Json = Record<string, unknown>;

/** A copy of `node` without the value at `path` (copying only the objects on the way). */
function without(node: unknown, path: readonly string[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined || !isPlainObject(node) || !Object.hasOwn(node, key)) return node;
  const copy: Json = {};
  for (const [name, value] of Object.entries(node)) {
    if (name === key && rest.length === 0) continue;
    setOwn(copy, name, name === key ? without(value, rest) : value);
  }
  return copy;
}

/**
 * The config to create with `serverSideOAuthSecretId`: every field the server fills from the secret
 * (`plan.outputPaths`) removed, so a stale or typed token never travels beside the secret id.
 */
export function stripOAuthOutputs(plan: OAuthPlan, config: Json): Json {
  return plan.outputPaths.reduce<Json>((out, path) => without(out, parsePointer(path)) as Json, config);
}
