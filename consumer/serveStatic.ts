import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** A running static file server. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json",
};

/**
 * Serves a production build from `root` on 127.0.0.1 (a random port), like a partner's host, plus JSON routes
 * (their backend, e.g. the widget token). Unknown paths get `index.html`.
 */
export async function serveStatic(
  root: string,
  routes: Record<string, () => unknown>,
): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = routes[pathname];
    if (route) {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify(route()));
      return;
    }
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
    const inside = file.startsWith(`${root}${path.sep}`);
    try {
      const body = await readFile(inside && path.extname(file) ? file : path.join(root, "index.html"));
      const type = inside ? TYPES[path.extname(file)] : undefined;
      response.writeHead(200, { "content-type": type ?? TYPES[".html"] });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
