import { isPlainObject } from "../shared/isPlainObject.js";
import type { FlavourBodyInput } from "./types.js";

/** Top-level config objects a DIRECT or MULTI template sends beside `replication_config`. */
const PARTS = ["credentials", "environment"] as const;

/**
 * The create (and check) body of the current Agent API. REPLICATION templates (and templates that do not say
 * their mode) get the whole config in `replication_config`. DIRECT and MULTI templates send the config's
 * top-level `credentials` and `environment` objects as `credentials` and `environment` when the template's user
 * spec declares them at its top level; every other key goes in `replication_config`, which is left out when it
 * would be empty and `credentials` was sent.
 */
export function buildAgentApiBody(input: FlavourBodyInput): Record<string, unknown> {
  const { template, config, name } = input;
  const split = template?.mode === "DIRECT" || template?.mode === "MULTI";
  const declared = template?.userConfigSpec?.properties ?? {};
  const body: Record<string, unknown> = {
    workspace_name: input.workspace,
    source_template_id: input.templateId,
    ...(name === null ? {} : { name }),
  };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (
      split &&
      PARTS.includes(key as "credentials") &&
      isPlainObject(declared[key]) &&
      isPlainObject(value)
    ) {
      body[key] = value;
    } else {
      rest[key] = value;
    }
  }
  if (Object.keys(rest).length > 0 || !body.credentials) body.replication_config = rest;
  return body;
}
