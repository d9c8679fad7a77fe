import { checkBody } from "../checkBody.js";
import { checkWorkspaceAccess } from "../checkWorkspaceAccess.js";
import { connectorIcon } from "../connectorIcon.js";
import { maskSecrets } from "../maskSecrets.js";
import { responses } from "../responses.js";
import type { Route, SandboxContext } from "../SandboxContext.js";
import type { StoredTemplate } from "../SandboxStore.js";
import { validateConfig } from "../validateConfig.js";

async function detailOf(template: StoredTemplate, ctx: SandboxContext): Promise<Record<string, unknown>> {
  const source = (await ctx.registry()).byId.get(template.source_definition_id);
  const defaults = template.partial_default_config;
  return {
    id: template.id,
    name: template.name,
    icon: template.icon,
    source_definition_id: template.source_definition_id,
    // Operator secrets in defaults (e.g. an OAuth app's client secret) never reach end users.
    partial_default_config: source ? maskSecrets(source.spec.connectionSpecification, defaults) : defaults,
    ...(template.user_config_spec ? { user_config_spec: template.user_config_spec } : {}),
  };
}

/** Source templates: list, detail (end user or operator) and add (operator). */
export const templateRoutes: Route[] = [
  {
    method: "GET",
    path: /^\/api\/v1\/embedded\/source-templates\/?$/,
    access: "end-user",
    // Read-only and bearer-only: a scoped token (which has no origin of its own) may read templates from any page.
    anyOrigin: true,
    async handle(req, ctx) {
      const denied = checkWorkspaceAccess(req.principal, req.url.searchParams.get("workspace_id") || null);
      if (denied) return denied;
      const templates = await ctx.templates();
      return responses.json(200, { data: templates.map(({ id, name, icon }) => ({ id, name, icon })) });
    },
  },
  {
    method: "GET",
    path: /^\/api\/v1\/embedded\/source-templates\/([^/]+)\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const id = req.params[0] ?? "";
      const template = (await ctx.templates()).find((t) => t.id === id);
      if (!template) return responses.detail(404, `Source template ${id} not found`);
      return responses.json(200, await detailOf(template, ctx));
    },
  },
  {
    method: "POST",
    path: /^\/api\/v1\/embedded\/source-templates\/?$/,
    access: "operator",
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const id = body.string("id") ?? crypto.randomUUID();
      const name = body.string("name");
      const definitionId = body.string(["source_definition_id", "sourceDefinitionId"]);
      const repository = body.string(["docker_repository", "dockerRepository"]);
      const icon = body.string("icon");
      const defaults = body.object("partial_default_config") ?? {};
      const userConfigSpec = body.object("user_config_spec");
      if (body.errors.length > 0) return responses.validation(body.errors);
      const registry = await ctx.registry();
      const source =
        (definitionId ? registry.byId.get(definitionId) : undefined) ??
        (repository ? registry.byRepository.get(repository) : undefined);
      if (!source) {
        body.fail(
          "source_definition_id",
          definitionId || repository
            ? "Unknown connector: no source definition with this id or docker repository in the registry"
            : "Field required (source_definition_id or docker_repository)",
          definitionId || repository ? "value_error" : "missing",
        );
        return responses.validation(body.errors);
      }
      const defaultErrors = validateConfig(source.spec.connectionSpecification, defaults, {
        locPrefix: ["body", "partial_default_config"],
        ignoreMissing: true,
      });
      if (defaultErrors.length > 0) return responses.validation(defaultErrors);
      const template: StoredTemplate = {
        id,
        name: name ?? source.name,
        icon: icon ?? connectorIcon(source.dockerRepository, name ?? source.name),
        source_definition_id: source.sourceDefinitionId,
        partial_default_config: defaults,
        ...(userConfigSpec ? { user_config_spec: userConfigSpec } : {}),
        created_at: new Date(ctx.now()).toISOString(),
      };
      const conflict = await ctx.exclusive(async () => {
        if ((await ctx.templates()).some((t) => t.id === id)) return true;
        await ctx.store.append("templates", template);
        return false;
      });
      if (conflict) return responses.detail(409, `Source template ${id} already exists`);
      return responses.json(201, await detailOf(template, ctx));
    },
  },
];
