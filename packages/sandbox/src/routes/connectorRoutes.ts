import { agentTemplateSummary, agentTemplateView } from "../agentTemplateView.js";
import { checkBody } from "../checkBody.js";
import { checkResult } from "../checkResult.js";
import { currentSources } from "../currentSources.js";
import { maskSecrets } from "../maskSecrets.js";
import { mergeDefaults } from "../mergeDefaults.js";
import { mergePatch } from "../mergePatch.js";
import type { JsonBodyResult } from "../readJsonBody.js";
import { maskOAuthOutputs, redeemWithin } from "../redeemWithin.js";
import { responses } from "../responses.js";
import type { Principal, Route, RouteRequest, SandboxContext } from "../SandboxContext.js";
import type { StoredSource, StoredTemplate, StoredWorkspace } from "../SandboxStore.js";
import { serialized } from "../serialized.js";
import { validateBodyConfig as validate } from "../validateBodyConfig.js";

type Json = Record<string, unknown>;

/** The config parts a body may send beside `replication_config`. */
const PARTS = ["credentials", "environment"] as const;

function agentError(status: number, message: string, errors: Json[] = []): Response {
  return responses.json(status, { message, errors });
}

/** The workspace a body or query names, as the caller may reach it; a Response when it may not. */
async function workspaceNamed(
  name: string,
  principal: Principal | null,
  ctx: SandboxContext,
): Promise<StoredWorkspace | Response> {
  const workspaces = await ctx.store.list("workspaces");
  if (principal?.kind === "end-user") {
    const own = workspaces.find((w) => w.workspace_id === principal.workspaceId);
    if (!own || own.external_user_id !== name) {
      return agentError(403, "Forbidden: the token is scoped to another workspace");
    }
    return own;
  }
  const found = workspaces.find((w) => w.external_user_id === name);
  return found ?? agentError(404, `Workspace ${name} not found`);
}

/** A stored source the caller may reach by id, else a 404 (another workspace's sources do not exist for it). */
async function reachable(req: RouteRequest, ctx: SandboxContext): Promise<StoredSource | Response> {
  const id = req.params[0] ?? "";
  const source = (await currentSources(ctx)).find((s) => s.id === id);
  const principal = req.principal;
  if (!source || (principal?.kind === "end-user" && principal.workspaceId !== source.workspace_id)) {
    return agentError(404, `Connector ${id} not found`);
  }
  return source;
}

async function connectorOf(template: StoredTemplate, ctx: SandboxContext) {
  return (await ctx.registry()).byId.get(template.source_definition_id);
}

async function view(source: StoredSource, ctx: SandboxContext): Promise<Json> {
  const template = (await ctx.templates()).find((t) => t.id === source.source_template_id);
  const spec = (await ctx.registry()).byId.get(source.source_definition_id)?.spec.connectionSpecification;
  return {
    id: source.id,
    name: source.name,
    source_template: template ? await agentTemplateView(template, ctx) : null,
    // Without a spec nothing can tell secrets apart: show no configuration rather than risk one.
    replication_config: spec
      ? await maskOAuthOutputs(source, maskSecrets(spec, source.configuration), ctx)
      : {},
    entities: null,
    created_at: source.created_at,
    updated_at: source.updated_at ?? source.created_at,
  };
}

/** Reads a create (or check) body: the workspace, the template and the full config (template defaults merged). */
async function readCreate(
  req: RouteRequest,
  ctx: SandboxContext,
): Promise<
  | Response
  | {
      workspace: StoredWorkspace;
      template: StoredTemplate;
      config: Json;
      name: string | undefined;
      /** Marks the OAuth secret used (after a create). */
      consume(): void;
    }
> {
  const read = await req.readJson();
  if (!read.ok) return read.response;
  const body = checkBody(read.body);
  const workspaceName = body.string("workspace_name", { required: true });
  const templateId = body.string("source_template_id", { required: true });
  const name = body.string("name");
  const replication = body.object("replication_config");
  const parts: Json = {};
  for (const part of PARTS) {
    const value = body.object(part);
    if (value) parts[part] = value;
  }
  const oauthSecret = body.string("server_side_oauth_secret_id");
  if (body.isObject && !replication && !parts.credentials && !oauthSecret) {
    body.fail(
      "replication_config",
      "At least one of replication_config, credentials or server_side_oauth_secret_id is required",
      "missing",
    );
  }
  if (body.errors.length > 0 || !workspaceName || !templateId) return responses.validation(body.errors);
  const workspace = await workspaceNamed(workspaceName, req.principal, ctx);
  if (workspace instanceof Response) return workspace;
  const template = (await ctx.templates()).find((t) => t.id === templateId);
  if (!template) return agentError(404, `Source template ${templateId} not found`);
  const connector = await connectorOf(template, ctx);
  if (!connector) return agentError(500, "The template's connector is missing from the registry");
  const merged = mergeDefaults(template.partial_default_config, { ...replication, ...parts });
  const oauth = oauthSecret ? redeemWithin(ctx, oauthSecret, workspace, template, merged) : null;
  if (oauth instanceof Response) return oauth;
  const config = oauth?.config ?? merged;
  const errors = validate(connector.spec.connectionSpecification, config, Object.keys(parts));
  if (errors.length > 0) return agentError(422, "Invalid configuration", errors);
  return { workspace, template, config, name, consume: oauth?.consume ?? (() => {}) };
}

/** Reads an update (or update check) body: the source's config with `replication_config` merged in. */
async function readUpdate(
  read: JsonBodyResult,
  ctx: SandboxContext,
  source: StoredSource,
): Promise<Response | { config: Json; name: string | undefined }> {
  if (!read.ok) return read.response;
  const body = checkBody(read.body);
  const name = body.string("name");
  const replication = body.object("replication_config");
  if (body.errors.length > 0) return responses.validation(body.errors);
  const config = replication ? mergePatch(source.configuration, replication) : source.configuration;
  const spec = (await ctx.registry()).byId.get(source.source_definition_id)?.spec.connectionSpecification;
  const errors = spec ? validate(spec, config, []) : [];
  if (errors.length > 0) return agentError(422, "Invalid configuration", errors);
  return { config, name };
}

/**
 * The current API's connectors (an end user's configured sources): check, create, list, get, update, delete,
 * check before update. Responses mask every `airbyte_secret` value; a scoped token reaches its own workspace only
 * (another workspace's connector is a 404 for get, update, check and delete). An update is a merge patch of the
 * stored config (see `mergePatch`); concurrent updates of one connector apply in arrival order, last write wins.
 */
export const connectorRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/api\/v1\/integrations\/connectors\/check\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const read = await readCreate(req, ctx);
      if (read instanceof Response) return read;
      return responses.json(200, checkResult(read.config, ctx));
    },
  },
  {
    method: "POST",
    path: /^\/api\/v1\/integrations\/connectors\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const read = await readCreate(req, ctx);
      if (read instanceof Response) return read;
      const { workspace, template, config, name } = read;
      const source: StoredSource = {
        id: crypto.randomUUID(),
        name: name?.trim() ? name : template.name,
        source_definition_id: template.source_definition_id,
        workspace_id: workspace.workspace_id,
        source_template_id: template.id,
        configuration: config,
        created_at: new Date(ctx.now()).toISOString(),
        flavour: "integrations",
      };
      await ctx.store.append("sources", source);
      read.consume();
      return responses.json(200, await view(source, ctx));
    },
  },
  {
    method: "GET",
    path: /^\/api\/v1\/integrations\/connectors\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const principal = req.principal;
      const name =
        req.url.searchParams.get("workspace_name") ??
        req.url.searchParams.get("customer_name") ??
        req.url.searchParams.get("external_user_id");
      let workspaceId: string | null = principal?.kind === "end-user" ? principal.workspaceId : null;
      if (name) {
        const workspace = await workspaceNamed(name, principal, ctx);
        if (workspace instanceof Response) return workspace;
        workspaceId = workspace.workspace_id;
      }
      const templates = await ctx.templates();
      const sources = (await currentSources(ctx)).filter(
        (s) => workspaceId === null || s.workspace_id === workspaceId,
      );
      const data = [];
      for (const source of sources) {
        const template = templates.find((t) => t.id === source.source_template_id);
        if (!template) continue;
        data.push({
          id: source.id,
          name: source.name,
          summarized_source_template: await agentTemplateSummary(template, ctx),
          created_at: source.created_at,
          updated_at: source.updated_at ?? source.created_at,
        });
      }
      return responses.json(200, { data });
    },
  },
  {
    method: "GET",
    path: /^\/api\/v1\/integrations\/connectors\/([^/]+)\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const source = await reachable(req, ctx);
      if (source instanceof Response) return source;
      return responses.json(200, await view(source, ctx));
    },
  },
  {
    method: "PUT",
    path: /^\/api\/v1\/integrations\/connectors\/([^/]+)\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      // Read the body first: a slow upload does not hold the connector's queue.
      const read = await req.readJson();
      return serialized(ctx, req.params[0] ?? "", async () => {
        const source = await reachable(req, ctx);
        if (source instanceof Response) return source;
        const update = await readUpdate(read, ctx, source);
        if (update instanceof Response) return update;
        const updated: StoredSource = {
          ...source,
          name: update.name?.trim() ? update.name : source.name,
          configuration: update.config,
          updated_at: new Date(ctx.now()).toISOString(),
        };
        await ctx.store.append("sources", updated);
        return responses.json(200, await view(updated, ctx));
      });
    },
  },
  {
    method: "DELETE",
    path: /^\/api\/v1\/integrations\/connectors\/([^/]+)\/?$/,
    access: "end-user",
    anyOrigin: true,
    handle(req, ctx) {
      return serialized(ctx, req.params[0] ?? "", async () => {
        const source = await reachable(req, ctx);
        if (source instanceof Response) return source;
        await ctx.store.append("sources", {
          ...source,
          deleted: true,
          updated_at: new Date(ctx.now()).toISOString(),
        });
        return responses.json(202, { job_id: crypto.randomUUID() });
      });
    },
  },
  {
    method: "POST",
    path: /^\/api\/v1\/integrations\/connectors\/([^/]+)\/check\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const source = await reachable(req, ctx);
      if (source instanceof Response) return source;
      const read = await readUpdate(await req.readJson(), ctx, source);
      if (read instanceof Response) return read;
      return responses.json(200, checkResult(read.config, ctx));
    },
  },
];
