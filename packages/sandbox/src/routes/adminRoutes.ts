import { checkBody } from "../checkBody.js";
import { FaultRuleError } from "../createFaultController.js";
import { responses } from "../responses.js";
import type { Route } from "../SandboxContext.js";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Test and demo helpers: health, fault injection, reset; plus the placeholder page a widgetUrl points at. */
export const adminRoutes: Route[] = [
  {
    method: "GET",
    path: /^\/__sandbox\/health$/,
    access: "public",
    async handle() {
      return responses.json(200, { status: "ok" });
    },
  },
  {
    method: "GET",
    path: /^\/__sandbox\/faults$/,
    access: "admin",
    async handle(_req, ctx) {
      return responses.json(200, { data: ctx.faults.list() });
    },
  },
  {
    method: "POST",
    path: /^\/__sandbox\/faults$/,
    access: "admin",
    async handle(req, ctx) {
      const read = await req.readJson();
      if (!read.ok) return read.response;
      const body = checkBody(read.body);
      const match = body.string("match", { required: true });
      const fault = body.string("fault", { required: true });
      const raw = body.isObject ? (read.body as Record<string, unknown>).times : undefined;
      if (raw !== undefined && typeof raw !== "number")
        body.fail("times", "Input should be a valid integer", "int_type");
      if (body.errors.length > 0 || match === undefined || fault === undefined)
        return responses.validation(body.errors);
      try {
        const rule = ctx.faults.add({ match, fault, ...(typeof raw === "number" ? { times: raw } : {}) });
        return responses.json(201, rule);
      } catch (error) {
        if (error instanceof FaultRuleError) {
          return responses.validation([
            { loc: ["body", error.field], msg: error.message, type: "value_error" },
          ]);
        }
        throw error;
      }
    },
  },
  {
    method: "DELETE",
    path: /^\/__sandbox\/faults$/,
    access: "admin",
    async handle(_req, ctx) {
      const cleared = ctx.faults.list().length;
      ctx.faults.clear();
      return responses.json(200, { cleared });
    },
  },
  {
    method: "POST",
    path: /^\/__sandbox\/reset$/,
    access: "admin",
    async handle(_req, ctx) {
      const sources = (await ctx.store.list("sources")).length;
      await ctx.store.clear("sources");
      ctx.faults.clear();
      return responses.json(200, { cleared: { sources } });
    },
  },
  {
    method: "GET",
    path: /^\/embedded-widget\/?$/,
    access: "public",
    async handle(req) {
      const workspaceId = req.url.searchParams.get("workspaceId") ?? "";
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Airbyte Embedded sandbox widget</title></head><body><main><h1>Airbyte Embedded sandbox</h1><p>This is the sandbox's stand-in for Airbyte's embedded widget (workspace <code>${escapeHtml(workspaceId)}</code>). Use <code>&lt;CredentialForm&gt;</code> to collect credentials.</p></main></body></html>`;
      return new Response(html, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
    },
  },
];
