import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { createSandbox, type Sandbox, type SandboxOptions } from "../createSandbox.js";
import { MAX_BODY_BYTES } from "../readJsonBody.js";
import type { SandboxStore } from "../SandboxStore.js";
import { fileStore } from "./fileStore.js";

const gzip = promisify(gzipCallback);
/** Past the body limit we keep draining (so the client reads our 413) up to this many bytes, then hang up. */
const DRAIN_LIMIT = 16 * 1024 * 1024;
const GZIP_MIN_BYTES = 1024;

/** Options of {@link startSandboxServer}: the emulator's options plus the transport's. */
export interface SandboxServerOptions extends Omit<SandboxOptions, "store"> {
  /** TCP port; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** Directory of the persistent store (JSONL). @default none: in-memory */
  dataDir?: string;
  /** A store of your own (wins over `dataDir`). */
  store?: SandboxStore;
}

/** A running sandbox HTTP server. */
export interface SandboxServer {
  /** Base URL, e.g. `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  port: number;
  sandbox: Sandbox;
  server: Server;
  /** Stops accepting connections, closes open ones and flushes the store. */
  close(): Promise<void>;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

type BodyResult = { kind: "ok"; body: Buffer } | { kind: "too-large"; drained: boolean };

function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > DRAIN_LIMIT) {
      resolve({ kind: "too-large", drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > DRAIN_LIMIT) {
          req.removeAllListeners("data");
          resolve({ kind: "too-large", drained: false });
        }
        return;
      }
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(over ? { kind: "too-large", drained: true } : { kind: "ok", body: Buffer.concat(chunks) }),
    );
    req.on("error", reject);
  });
}

function acceptsGzip(header: string | undefined): boolean {
  return /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(header ?? "");
}

/** Starts the emulator behind node:http (gzip, streaming body limit, dropped-connection fault). */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const gzipCache = new Map<string, Buffer>();
  let sandbox: Sandbox | undefined;
  let origin = "";

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    if (!sandbox) {
      res.writeHead(503).end();
      return;
    }
    const method = req.method ?? "GET";
    let body: Buffer | undefined;
    if (method !== "GET" && method !== "HEAD") {
      const result = await readBody(req, maxBodyBytes);
      if (result.kind === "too-large") {
        const payload = JSON.stringify({
          detail: `Request body is larger than the ${maxBodyBytes} bytes limit`,
        });
        res.writeHead(413, {
          "content-type": "application/json",
          "x-request-id": crypto.randomUUID(),
          connection: "close",
        });
        res.end(payload, () => {
          if (!result.drained) req.socket.destroy();
        });
        return;
      }
      body = result.body;
    }
    const url = new URL(req.url ?? "/", origin);
    const request = new Request(url, {
      method,
      headers: toHeaders(req),
      ...(body === undefined ? {} : { body: new Uint8Array(body) }),
    });
    const response = await sandbox.handle(
      request,
      req.socket.remoteAddress === undefined ? {} : { remoteAddress: req.socket.remoteAddress },
    );
    if (response.type === "error") {
      req.socket.destroy();
      return;
    }
    if (res.destroyed) return;
    let bytes: Buffer = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (
      bytes.length >= GZIP_MIN_BYTES &&
      !headers["content-encoding"] &&
      acceptsGzip(req.headers["accept-encoding"])
    ) {
      const etag = headers.etag;
      const cached = etag ? gzipCache.get(etag) : undefined;
      bytes = cached ?? (await gzip(bytes));
      if (etag && !cached) {
        if (gzipCache.size > 200) gzipCache.clear();
        gzipCache.set(etag, bytes);
      }
      headers["content-encoding"] = "gzip";
      headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
    }
    if (response.status !== 204 && response.status !== 304) headers["content-length"] = String(bytes.length);
    res.writeHead(response.status, headers);
    res.end(method === "HEAD" || response.status === 204 || response.status === 304 ? undefined : bytes);
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { "content-type": "application/json" }).end('{"detail":"Internal Server Error"}');
      } else res.destroy();
    });
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  origin = `http://${urlHost}:${port}`;
  const store = options.store ?? (options.dataDir ? fileStore(options.dataDir) : undefined);
  const { port: _port, host: _host, dataDir: _dataDir, store: _store, ...sandboxOptions } = options;
  sandbox = createSandbox({
    ...sandboxOptions,
    ...(store ? { store } : {}),
    publicUrl: options.publicUrl ?? origin,
  });
  const running = sandbox;

  return {
    url: origin,
    port,
    sandbox: running,
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await running.close();
    },
  };
}
