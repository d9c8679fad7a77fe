import { checkBody } from "../checkBody.js";
import { checkWorkspaceAccess } from "../checkWorkspaceAccess.js";
import { currentSources } from "../currentSources.js";
import { maskSecrets } from "../maskSecrets.js";
import { mergeDefaults } from "../mergeDefaults.js";
import { responses } from "../responses.js";
import type { Route, SandboxContext } from "../SandboxContext.js";
import type { CreateFlavour, StoredSource } from "../SandboxStore.js";
import { validateConfig } from "../validateConfig.js";

/** The body fields of each create flavour. */
const FLAVOURS: Record<Exclude<CreateFlavour, "integrations">, { template: string; config: string }> = {
  "partial-user-configs": { template: "source_config_template_id", config: "connection_configuration" },
  "embedded-sources": { template: "source_template_id", config: "source_config" },
};

async function viewOf(source: StoredSource, ctx: SandboxContext): Promise<Record<string, unknown>> {
  const spec = (await ctx.registry()).byId.get(source.source_definition_id)?.spec.connectionSpecification;
  return {
    id: source.id,
    name: source.name,
    source_definition_id: source.source_definition_id,
    workspace_id: source.workspace_id,
    source_template_id: source.source_template_id,
    // Without a spec nothing can tell secrets apart: show no configuration rather than risk one.
    configuration: spec ? maskSecrets(spec, source.configuration) : {},
    created_at: source.created_at,
  };
}

function createRoute(flavour: Exclude<CreateFlavour, "integrations">, path: RegExp): Route {
  const fields = FLAVOURS[flavour];
  return {
    method: "POST",
    path,
    access: "end-user",
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const workspace = body.string("workspace_id", { required: true, uuid: true });
      const templateId = body.string(fields.template, { required: true });
      const input = body.object(fields.config, { required: true });
      const name = body.string("name");
      if (
        body.errors.length > 0 ||
        workspace === undefined ||
        templateId === undefined ||
        input === undefined
      ) {
        return responses.validation(body.errors);
      }
      const denied = checkWorkspaceAccess(req.principal, workspace);
      if (denied) return denied;
      const template = (await ctx.templates()).find((t) => t.id === templateId);
      if (!template) return responses.detail(404, `Source template ${templateId} not found`);
      const connector = (await ctx.registry()).byId.get(template.source_definition_id);
      if (!connector) return responses.detail(500, "The template's connector is missing from the registry");
      const spec = connector.spec.connectionSpecification;
      const configuration = mergeDefaults(template.partial_default_config, input);
      const errors = validateConfig(spec, configuration, { locPrefix: ["body", fields.config] });
      if (errors.length > 0) return responses.validation(errors);
      const source: StoredSource = {
        id: crypto.randomUUID(),
        name: name?.trim() ? name : template.name,
        source_definition_id: connector.sourceDefinitionId,
        workspace_id: workspace,
        source_template_id: template.id,
        configuration,
        created_at: new Date(ctx.now()).toISOString(),
        flavour,
      };
      await ctx.store.append("sources", source);
      return responses.json(200, await viewOf(source, ctx));
    },
  };
}

/** Create a source in Airbyte's two older generations, list and read them (secrets masked); see connectorRoutes for the current one. */
export const sourceRoutes: Route[] = [
  createRoute("partial-user-configs", /^\/api\/v1\/embedded\/partial_user_configs\/?$/),
  createRoute("embedded-sources", /^\/api\/v1\/embedded\/sources\/?$/),
  {
    method: "GET",
    path: /^\/api\/v1\/embedded\/sources\/?$/,
    access: "end-user",
    async handle(req, ctx) {
      const principal = req.principal;
      const requested = req.url.searchParams.get("workspace_id") || null;
      const denied = checkWorkspaceAccess(principal, requested);
      if (denied) return denied;
      const workspaceId = requested ?? (principal?.kind === "end-user" ? principal.workspaceId : null);
      const sources = (await currentSources(ctx)).filter(
        (s) => workspaceId === null || s.workspace_id === workspaceId,
      );
      return responses.json(200, { data: await Promise.all(sources.map((s) => viewOf(s, ctx))) });
    },
  },
  {
    method: "GET",
    path: /^\/api\/v1\/embedded\/sources\/([^/]+)\/?$/,
    access: "end-user",
    async handle(req, ctx) {
      const id = req.params[0] ?? "";
      const source = (await currentSources(ctx)).find((s) => s.id === id);
      const principal = req.principal;
      if (!source || (principal?.kind === "end-user" && principal.workspaceId !== source.workspace_id)) {
        return responses.detail(404, `Source ${id} not found`);
      }
      return responses.json(200, await viewOf(source, ctx));
    },
  },
];
