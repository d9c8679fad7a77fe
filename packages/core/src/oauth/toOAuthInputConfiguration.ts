import { isPlainObject } from "../shared/isPlainObject.js";
import { getOwn, parsePointer, setOwn } from "./ownHelpers.js";
import type { OAuthPlan } from "./planOAuth.js";

/** Result of {@link toOAuthInputConfiguration}. */
export interface OAuthInputConfiguration {
  /** The body's `oauth_input_configuration`: each pre-consent field under its key. */
  configuration: Record<string, unknown>;
  /** JSON pointers (into the config) of pre-consent fields that have no value yet. */
  missing: string[];
}

/** The value at a JSON pointer of a config (own properties of plain objects only). */
function valueAt(config: unknown, pointer: string): unknown {
  let node: unknown = config;
  for (const key of parsePointer(pointer)) {
    if (!isPlainObject(node)) return undefined;
    node = getOwn(node, key);
  }
  return node;
}

/**
 * Maps the values the end user gave before consent (`plan.userInputs`, read from `config`, the form's data with the
 * template defaults merged) into the initiate call's `oauth_input_configuration`, and lists the ones still missing.
 */
export function toOAuthInputConfiguration(plan: OAuthPlan, config: unknown): OAuthInputConfiguration {
  const configuration: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const { key, path } of plan.userInputs) {
    const value = valueAt(config, path);
    if (value === undefined || value === null || value === "") missing.push(path);
    else setOwn(configuration, key, value);
  }
  return { configuration, missing };
}
