import { checkBody } from "../checkBody.js";
import { type ConsentSession, fakeOutput, oauthConfigOf, oauthPaths, oauthState } from "../oauthSessions.js";
import { responses } from "../responses.js";
import type { Route, SandboxContext } from "../SandboxContext.js";

/** Where `…/oauth/initiate` sends the browser: the sandbox's own consent page. */
const CONSENT_PATH = "/oauth/consent/";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function agentError(status: number, message: string, field?: string): Response {
  return responses.json(status, {
    message,
    errors: field ? [{ field, message, error_code: "value_error", details: null }] : [],
  });
}

function html(status: number, title: string, body: string): Response {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>body{font:16px system-ui,sans-serif;margin:2rem auto;max-width:28rem;padding:0 1rem}button{font:inherit;padding:.5rem 1.25rem;margin-right:.5rem}</style></head><body><main>${body}</main></body></html>`;
  return new Response(page, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

/** `redirect_url` with extra query parameters, keeping the ones it has (e.g. the client's `state`). */
function withParams(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.toString();
}

/** A live consent session, or `null` when unknown or expired. */
function sessionOf(ctx: SandboxContext, id: string): ConsentSession | null {
  const session = oauthState(ctx).sessions.get(id);
  if (!session) return null;
  if (ctx.now() >= session.expiresAt) {
    oauthState(ctx).sessions.delete(id);
    return null;
  }
  return session;
}

const GONE = `<h1>This consent link is no longer valid</h1><p>It was used already or has expired. Close this window and start again.</p>`;

/**
 * The current API's server-side OAuth flow, emulated: `POST …/connectors/oauth/initiate` → a consent URL on the
 * sandbox itself; the consent page (Allow / Deny) sends the browser to `redirect_url?secret_id=…` (a fresh,
 * single-use id that expires after `oauthSecretTtlSeconds`) or `?error=access_denied`. `…/connectors` redeems the
 * id (see `redeemOAuthSecret`). Faults: Deny; a slow consent page with a fault rule on `POST /oauth/consent`;
 * `POST /__sandbox/oauth/expire` expires every issued secret and pending consent.
 */
export const oauthRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/api\/v1\/integrations\/connectors\/oauth\/initiate\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const externalUserId = body.string("external_user_id", { required: true });
      const connectorType = body.string("connector_type", { required: true });
      const redirectUrl = body.string("redirect_url", { required: true });
      const inputs = body.object("oauth_input_configuration") ?? {};
      if (body.errors.length > 0 || !externalUserId || !connectorType || !redirectUrl) {
        return responses.validation(body.errors);
      }
      const workspaces = await ctx.store.list("workspaces");
      const principal = req.principal;
      const workspace =
        principal?.kind === "end-user"
          ? workspaces.find((w) => w.workspace_id === principal.workspaceId)
          : workspaces.find((w) => w.external_user_id === externalUserId);
      if (!workspace || workspace.external_user_id !== externalUserId) {
        return agentError(403, "Forbidden: the token is scoped to another workspace");
      }
      const registry = await ctx.registry();
      const connector =
        registry.byId.get(connectorType) ??
        registry.byRepository.get(connectorType) ??
        registry.byRepository.get(`airbyte/${connectorType}`);
      if (!connector) return agentError(404, `Connector ${connectorType} not found`);
      const config = oauthConfigOf(connector);
      if (!config) {
        return agentError(422, `${connector.name} does not support OAuth`, "connector_type");
      }
      let url: URL | null = null;
      try {
        url = new URL(redirectUrl);
      } catch {}
      if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
        return agentError(422, "redirect_url must be an absolute http(s) URL", "redirect_url");
      }
      for (const [name] of oauthPaths(config.oauth_user_input_from_connector_config_specification)) {
        const value = inputs[name];
        if (value === undefined || value === null || value === "") {
          return agentError(422, `${name} is required before consent`, `oauth_input_configuration.${name}`);
        }
      }
      const session: ConsentSession = {
        id: crypto.randomUUID(),
        workspaceId: workspace.workspace_id,
        sourceDefinitionId: connector.sourceDefinitionId,
        redirectUrl,
        inputs,
        expiresAt: ctx.now() + ctx.oauthSecretTtlSeconds * 1000,
      };
      oauthState(ctx).sessions.set(session.id, session);
      return responses.json(200, {
        consent_url: `${ctx.publicUrl(req.request)}${CONSENT_PATH}${session.id}`,
      });
    },
  },
  {
    method: "GET",
    path: /^\/oauth\/consent\/([\w-]{1,64})$/,
    access: "public",
    async handle(req, ctx) {
      const session = sessionOf(ctx, req.params[0] ?? "");
      if (!session) return html(404, "Consent expired", GONE);
      const connector = (await ctx.registry()).byId.get(session.sourceDefinitionId);
      const name = escapeHtml(connector?.name ?? "this connector");
      return html(
        200,
        `Allow ${connector?.name ?? "access"}?`,
        `<h1>Allow ${name} access?</h1><p>The Airbyte Embedded sandbox stands in for the provider's consent screen. Allowing sends you back with a one-time secret id.</p><form method="post"><button type="submit" name="decision" value="allow">Allow</button><button type="submit" name="decision" value="deny">Deny</button></form>`,
      );
    },
  },
  {
    method: "POST",
    path: /^\/oauth\/consent\/([\w-]{1,64})$/,
    access: "public",
    async handle(req, ctx) {
      const id = req.params[0] ?? "";
      const session = sessionOf(ctx, id);
      if (!session) return html(410, "Consent expired", GONE);
      const decision = new URLSearchParams(await req.request.text()).get("decision");
      if (decision !== "allow" && decision !== "deny") {
        return html(400, "Choose Allow or Deny", "<h1>Choose Allow or Deny</h1>");
      }
      // A consent is answered once: a second submit (back button, double click) finds nothing.
      oauthState(ctx).sessions.delete(id);
      if (decision === "deny") {
        return new Response(null, {
          status: 303,
          headers: { location: withParams(session.redirectUrl, { error: "access_denied" }) },
        });
      }
      const connector = (await ctx.registry()).byId.get(session.sourceDefinitionId);
      const config = connector ? oauthConfigOf(connector) : null;
      const now = ctx.now();
      const secretId = `sandbox-oauth-${crypto.randomUUID()}`;
      oauthState(ctx).secrets.set(secretId, {
        id: secretId,
        workspaceId: session.workspaceId,
        sourceDefinitionId: session.sourceDefinitionId,
        // What consent returns, then Airbyte's own OAuth app (client id and secret), unless the user gave them.
        outputs: [
          ...oauthPaths(config?.complete_oauth_output_specification),
          ...oauthPaths(config?.complete_oauth_server_output_specification),
        ].map(([name, path, property]) => [path, fakeOutput(name, property, session.inputs, now)]),
        expiresAt: now + ctx.oauthSecretTtlSeconds * 1000,
        used: false,
      });
      return new Response(null, {
        status: 303,
        headers: { location: withParams(session.redirectUrl, { secret_id: secretId }) },
      });
    },
  },
  {
    method: "POST",
    path: /^\/__sandbox\/oauth\/expire$/,
    access: "admin",
    async handle(_req, ctx) {
      const state = oauthState(ctx);
      const now = ctx.now();
      for (const secret of state.secrets.values()) secret.expiresAt = Math.min(secret.expiresAt, now);
      const expired = { secrets: state.secrets.size, consents: state.sessions.size };
      state.sessions.clear();
      return responses.json(200, { expired });
    },
  },
];
