import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { registryText } from "./node.js";

/** One request the registry server received. */
export interface RegistryServerRequest {
  path: string;
  ifNoneMatch: string | null;
  status: number;
}

/** Options of {@link startRegistryServer}; everything can be changed later through `server.options`. */
export interface RegistryServerOptions {
  /** Body of `/registry.json`. @default the real registry fixture */
  body?: string;
  /** Content type of `/registry.json`. @default "application/json" */
  contentType?: string;
  /** Status of `/registry.json` (other than 304). @default 200 */
  status?: number;
  /** ETag sent with `/registry.json`; `null` sends none. @default a hash of the body */
  etag?: string | null;
  /** Write the body in chunks of this many bytes, with a tick between them. @default the whole body at once */
  chunkSize?: number;
  /** Wait this many ms between chunks. @default 0 */
  chunkDelayMs?: number;
  /** Wait this many ms before answering. @default 0 */
  delayMs?: number;
}

/** A running local registry server (127.0.0.1, random port). */
export interface RegistryServer {
  /** e.g. `http://127.0.0.1:PORT` */
  origin: string;
  /** The full registry document, with ETag / If-None-Match support. */
  registryUrl: string;
  /** Per-connector template: `{origin}/connectors/{sourceDefinitionId}.json` (one definition object). */
  connectorUrlById: string;
  /** Per-connector template: `{origin}/by-repo/{dockerRepository}.json` (one definition object). */
  connectorUrlByRepo: string;
  /** Every request received, in order. */
  requests: RegistryServerRequest[];
  /** Live options: change them between requests. */
  options: RegistryServerOptions;
  /** How many `/registry.json` responses were aborted by the client before the body was fully written. */
  abortedResponses(): number;
  close(): Promise<void>;
}

interface Definition {
  sourceDefinitionId?: string;
  dockerRepository?: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts a tiny HTTP server that serves the registry fixture (or any body) for registry-client tests. */
export async function startRegistryServer(initial: RegistryServerOptions = {}): Promise<RegistryServer> {
  const options: RegistryServerOptions = { ...initial };
  const requests: RegistryServerRequest[] = [];
  let aborted = 0;
  let byId: Map<string, string> | null = null;
  let byRepo: Map<string, string> | null = null;

  const index = () => {
    if (byId === null || byRepo === null) {
      byId = new Map();
      byRepo = new Map();
      const sources = (JSON.parse(registryText()) as { sources: Definition[] }).sources;
      for (const source of sources) {
        const text = JSON.stringify(source);
        if (source.sourceDefinitionId) byId.set(source.sourceDefinitionId, text);
        if (source.dockerRepository) byRepo.set(source.dockerRepository, text);
      }
    }
    return { byId, byRepo };
  };

  async function serveRegistry(req: IncomingMessage, res: ServerResponse, path: string) {
    const body = options.body ?? registryText();
    const etag =
      options.etag === undefined
        ? `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`
        : options.etag;
    const ifNoneMatch = req.headers["if-none-match"] ?? null;
    if (options.delayMs) await sleep(options.delayMs);
    if (etag !== null && ifNoneMatch === etag) {
      requests.push({ path, ifNoneMatch, status: 304 });
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const status = options.status ?? 200;
    requests.push({ path, ifNoneMatch: typeof ifNoneMatch === "string" ? ifNoneMatch : null, status });
    const bytes = Buffer.from(body, "utf8");
    res.writeHead(status, {
      "content-type": options.contentType ?? "application/json",
      ...(etag === null ? {} : { etag }),
    });
    const chunkSize = options.chunkSize;
    if (chunkSize === undefined) {
      res.end(bytes);
      return;
    }
    let closed = false;
    res.on("close", () => {
      if (!res.writableFinished) {
        closed = true;
        aborted++;
      }
    });
    for (let offset = 0; offset < bytes.length && !closed; offset += chunkSize) {
      const ok = res.write(bytes.subarray(offset, offset + chunkSize));
      if (!ok) await new Promise((resolve) => res.once("drain", resolve));
      // A tick between writes keeps chunks from being coalesced before they reach the socket.
      if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
      else await new Promise((resolve) => setImmediate(resolve));
    }
    if (!closed) res.end();
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    if (path === "/registry.json") {
      serveRegistry(req, res, path).catch(() => res.destroy());
      return;
    }
    const byIdMatch = /^\/connectors\/(.+)\.json$/.exec(path);
    const byRepoMatch = /^\/by-repo\/(.+)\.json$/.exec(path);
    const text = byIdMatch?.[1]
      ? index().byId.get(byIdMatch[1])
      : byRepoMatch?.[1]
        ? index().byRepo.get(byRepoMatch[1])
        : undefined;
    const status = text === undefined ? 404 : 200;
    requests.push({ path, ifNoneMatch: null, status });
    res.writeHead(status, { "content-type": "application/json" });
    res.end(text ?? JSON.stringify({ message: "not found" }));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    registryUrl: `${origin}/registry.json`,
    connectorUrlById: `${origin}/connectors/{sourceDefinitionId}.json`,
    connectorUrlByRepo: `${origin}/by-repo/{dockerRepository}.json`,
    requests,
    options,
    abortedResponses: () => aborted,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
