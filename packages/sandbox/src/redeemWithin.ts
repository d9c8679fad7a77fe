import { SECRET_MASK } from "./maskSecrets.js";
import { oauthConfigOf, oauthPaths, redeemOAuthSecret } from "./oauthSessions.js";
import { responses } from "./responses.js";
import type { SandboxContext } from "./SandboxContext.js";
import type { StoredSource, StoredTemplate, StoredWorkspace } from "./SandboxStore.js";

type Json = Record<string, unknown>;

const PROBLEMS = {
  unknown: "The OAuth secret id is unknown: connect again.",
  used: "The OAuth secret id was used already: connect again.",
  expired: "The OAuth secret id has expired: connect again.",
  other_connector: "The OAuth secret id belongs to another connector: connect again.",
} as const;

/** A create or check body's `server_side_oauth_secret_id` redeemed for a template: the filled config, or a 422. */
export function redeemWithin(
  ctx: SandboxContext,
  secretId: string,
  workspace: StoredWorkspace,
  template: StoredTemplate,
  config: Json,
): { config: Json; consume(): void } | Response {
  const found = redeemOAuthSecret(
    ctx,
    secretId,
    { workspaceId: workspace.workspace_id, sourceDefinitionId: template.source_definition_id },
    config,
  );
  if ("problem" in found) {
    const message = PROBLEMS[found.problem];
    return responses.json(422, {
      message,
      errors: [
        {
          field: "server_side_oauth_secret_id",
          message,
          error_code: `oauth_secret_${found.problem}`,
          details: null,
        },
      ],
    });
  }
  return found;
}

function masked(value: unknown, path: readonly string[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const record = value as Json;
  if (!Object.hasOwn(record, key) || record[key] === undefined) return value;
  return { ...record, [key]: rest.length === 0 ? SECRET_MASK : masked(record[key], rest) };
}

/** A source's config as answered: every field the connector's OAuth flow fills is masked (tokens, dates, shop…). */
export async function maskOAuthOutputs(
  source: StoredSource,
  config: Json,
  ctx: SandboxContext,
): Promise<Json> {
  const connector = (await ctx.registry()).byId.get(source.source_definition_id);
  const oauth = connector ? oauthConfigOf(connector) : null;
  if (!oauth) return config;
  let out: unknown = config;
  for (const [, path] of oauthPaths(oauth.complete_oauth_output_specification)) out = masked(out, path);
  return out as Json;
}
