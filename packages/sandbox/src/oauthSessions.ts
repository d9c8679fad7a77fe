import { isRecord } from "./isRecord.js";
import type { SandboxContext } from "./SandboxContext.js";
import type { RegistrySource } from "./SandboxRegistry.js";

type Json = Record<string, unknown>;

/** A consent started by `…/oauth/initiate`, waiting for the user's Allow or Deny. */
export interface ConsentSession {
  id: string;
  workspaceId: string;
  sourceDefinitionId: string;
  redirectUrl: string;
  inputs: Json;
  expiresAt: number;
}

/** A `secret_id` issued on Allow: the OAuth output fields it stands for, until used or expired. */
export interface IssuedSecret {
  id: string;
  workspaceId: string;
  sourceDefinitionId: string;
  /** `[path_in_connector_config, value]` of every output field. */
  outputs: [string[], unknown][];
  expiresAt: number;
  used: boolean;
}

/** The OAuth state of one sandbox (in memory: consents and secrets are short-lived by design). */
export interface OAuthState {
  sessions: Map<string, ConsentSession>;
  secrets: Map<string, IssuedSecret>;
}

const states = new WeakMap<SandboxContext, OAuthState>();

/** The OAuth state of a sandbox, created on first use. */
export function oauthState(ctx: SandboxContext): OAuthState {
  let state = states.get(ctx);
  if (!state) {
    state = { sessions: new Map(), secrets: new Map() };
    states.set(ctx, state);
  }
  return state;
}

/** `[name, path_in_connector_config, property schema]` of an `oauth_…_specification`. */
export function oauthPaths(spec: unknown): [string, string[], Json][] {
  const properties = isRecord(spec) && isRecord(spec.properties) ? spec.properties : {};
  const out: [string, string[], Json][] = [];
  for (const [name, property] of Object.entries(properties)) {
    const path = isRecord(property) ? property.path_in_connector_config : undefined;
    if (Array.isArray(path) && path.length > 0 && path.every((p) => typeof p === "string")) {
      out.push([name, path as string[], property as Json]);
    }
  }
  return out;
}

/** The connector's `advanced_auth.oauth_config_specification`, or `null` when it has no OAuth flow. */
export function oauthConfigOf(connector: RegistrySource): Json | null {
  const auth = (connector.spec as Json).advanced_auth;
  if (!isRecord(auth) || !isRecord(auth.oauth_config_specification)) return null;
  return auth.oauth_config_specification;
}

/** What the provider "returns" for one output field: the user's pre-consent value of the same name, else a fake token. */
export function fakeOutput(name: string, property: Json, inputs: Json, now: number): unknown {
  if (inputs[name] !== undefined) return inputs[name];
  if (property.format === "date-time" || /date|expir/i.test(name)) {
    return new Date(now + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  if (property.type === "integer" || property.type === "number") return 3600;
  return `sandbox-oauth-${name}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Sets `value` at `path` in a copy of `config` unless a value is there already. */
export function fillAt(config: Json, path: readonly string[], value: unknown): Json {
  const [key, ...rest] = path;
  if (key === undefined) return config;
  const copy: Json = { ...config };
  if (rest.length === 0) {
    if (copy[key] === undefined || copy[key] === null || copy[key] === "") copy[key] = value;
  } else {
    copy[key] = fillAt(isRecord(copy[key]) ? (copy[key] as Json) : {}, rest, value);
  }
  return copy;
}

/** Why a `server_side_oauth_secret_id` cannot be used. */
export type SecretProblem = "unknown" | "used" | "expired" | "other_connector";

/**
 * Looks a secret up for a check or create: the config with the OAuth outputs filled in, or why it cannot be used.
 * Nothing is consumed here: `consume` marks it used once the source is created (a check does not use it up).
 */
export function redeemOAuthSecret(
  ctx: SandboxContext,
  secretId: string,
  target: { workspaceId: string; sourceDefinitionId: string },
  config: Json,
): { config: Json; consume(): void } | { problem: SecretProblem } {
  const secret = oauthState(ctx).secrets.get(secretId);
  if (!secret || secret.workspaceId !== target.workspaceId) return { problem: "unknown" };
  if (secret.used) return { problem: "used" };
  if (ctx.now() >= secret.expiresAt) return { problem: "expired" };
  if (secret.sourceDefinitionId !== target.sourceDefinitionId) return { problem: "other_connector" };
  let filled = config;
  for (const [path, value] of secret.outputs) filled = fillAt(filled, path, value);
  return {
    config: filled,
    consume() {
      secret.used = true;
    },
  };
}
