import { agentTemplateSummary, agentTemplateView } from "../agentTemplateView.js";
import { responses } from "../responses.js";
import type { Principal, Route } from "../SandboxContext.js";
import type { StoredTemplate } from "../SandboxStore.js";

/** Whether a template's tags satisfy a filter (`any`: one of them; `all`: every one). */
function matches(template: StoredTemplate, tags: readonly string[], mode: string): boolean {
  if (tags.length === 0) return true;
  const own = template.tags ?? [];
  return mode === "all" ? tags.every((t) => own.includes(t)) : tags.some((t) => own.includes(t));
}

/** The templates a caller may see: a widget token's tag filter applies on top of the query's. */
function visible(template: StoredTemplate, principal: Principal | null): boolean {
  const filter = principal?.kind === "end-user" ? principal.templateTags : undefined;
  return !filter || matches(template, filter.tags, filter.mode);
}

/** The current API's source templates: `GET /api/v1/integrations/templates/sources[/{id}]`. */
export const agentTemplateRoutes: Route[] = [
  {
    method: "GET",
    path: /^\/api\/v1\/integrations\/templates\/sources\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const tags = req.url.searchParams
        .getAll("tags")
        .flatMap((t) => t.split(","))
        .filter((t) => t);
      const mode = req.url.searchParams.get("tags_mode") ?? "any";
      if (mode !== "any" && mode !== "all") {
        return responses.validation([
          { loc: ["query", "tags_mode"], msg: "Input should be 'all' or 'any'", type: "enum" },
        ]);
      }
      const templates = (await ctx.templates()).filter(
        (t) => matches(t, tags, mode) && visible(t, req.principal),
      );
      return responses.json(200, {
        data: await Promise.all(templates.map((t) => agentTemplateSummary(t, ctx))),
      });
    },
  },
  {
    method: "GET",
    path: /^\/api\/v1\/integrations\/templates\/sources\/([^/]+)\/?$/,
    access: "end-user",
    anyOrigin: true,
    async handle(req, ctx) {
      const id = req.params[0] ?? "";
      const template = (await ctx.templates()).find((t) => t.id === id);
      if (!template || !visible(template, req.principal)) {
        return responses.detail(404, `Source template ${id} not found`);
      }
      return responses.json(200, await agentTemplateView(template, ctx));
    },
  },
];
