import type { RegistryIndex } from "../createRegistryIndex.js";
import { responses } from "../responses.js";
import type { Route } from "../SandboxContext.js";

interface Body {
  text: string;
  etag: string;
}

const wholeRegistry = new WeakMap<RegistryIndex, Promise<Body>>();
const perSource = new WeakMap<object, Promise<Body>>();

async function bodyOf(value: unknown): Promise<Body> {
  const text = JSON.stringify(value);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  return { text, etag: `"${hex}"` };
}

function cached<K extends object>(map: WeakMap<K, Promise<Body>>, key: K, value: unknown): Promise<Body> {
  let body = map.get(key);
  if (!body) {
    body = bodyOf(value);
    map.set(key, body);
  }
  return body;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

function serve(request: Request, body: Body): Response {
  const headers = { etag: body.etag, "cache-control": "public, max-age=0, must-revalidate" };
  if (matches(request.headers.get("if-none-match"), body.etag))
    return new Response(null, { status: 304, headers });
  return new Response(body.text, {
    status: 200,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** The connector registry: the whole `cloud_registry.json` and one source definition by id or repository. */
export const registryRoutes: Route[] = [
  {
    method: "GET",
    path: /^\/registries\/v0\/cloud_registry\.json$/,
    access: "registry",
    async handle(req, ctx) {
      const index = await ctx.registry();
      return serve(req.request, await cached(wholeRegistry, index, index.registry));
    },
  },
  {
    method: "GET",
    path: /^\/registries\/v0\/sources\/by-repository\/(.+)\.json$/,
    access: "registry",
    async handle(req, ctx) {
      const repository = req.params[0] ?? "";
      const source = (await ctx.registry()).byRepository.get(repository);
      if (!source)
        return responses.detail(404, `No source with docker repository ${repository} in the registry`);
      return serve(req.request, await cached(perSource, source, source));
    },
  },
  {
    method: "GET",
    path: /^\/registries\/v0\/sources\/([^/]+)\.json$/,
    access: "registry",
    async handle(req, ctx) {
      const id = req.params[0] ?? "";
      const source = (await ctx.registry()).byId.get(id);
      if (!source) return responses.detail(404, `No source definition ${id} in the registry`);
      return serve(req.request, await cached(perSource, source, source));
    },
  },
];
