import { isPlainObject } from "../shared/isPlainObject.js";
import { getOwn, parsePointer, setOwn } from "./ownHelpers.js";
import type { OAuthPlan } from "./planOAuth.js";

/** A copy of `config` with `value` at `path`, copying only the objects on the way. */
function setAt(
  config: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return config;
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(config)) setOwn(copy, name, item);
  const child = getOwn(config, key);
  setOwn(copy, key, rest.length === 0 ? value : setAt(isPlainObject(child) ? child : {}, rest, value));
  return copy;
}

/**
 * The config with the OAuth option chosen: the predicate's discriminator (e.g. `credentials.auth_type =
 * "oauth2.0"`) set, creating the objects on its way, since an optional `credentials` the user never opened is
 * not in the form data. Without a predicate the config is returned as is.
 */
export function selectOAuthOption(plan: OAuthPlan, config: Record<string, unknown>): Record<string, unknown> {
  if (!plan.predicate) return config;
  return setAt(config, parsePointer(plan.predicate.path), plan.predicate.value);
}
