import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type SandboxServer, startSandboxServer } from "@credential-form/sandbox/node";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright";
import { build, createServer, type PreviewServer, preview, type ViteDevServer } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../../../scripts/browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const demoRoot = path.resolve(here, "..");
/** Where screenshots go (git-ignored). */
export const ARTEFACTS_DIR = path.resolve(demoRoot, "../../test-results/e2e");

/** A browser page on the demo with the console errors it logged. */
export interface DemoPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors (expected HTTP failures are filtered by the caller). */
  consoleErrors: string[];
  /** How many times the page asked the demo backend for a token. */
  tokenRequests: () => number;
}

/** A source as the sandbox lists it. */
export interface SandboxSource {
  id: string;
  name: string | null;
  source_template_id: string;
  workspace_id: string;
  configuration: Record<string, unknown>;
}

/** The running sandbox, demo dev server and browser of one e2e file. */
export interface DemoStack {
  sandbox: SandboxServer;
  demoUrl: string;
  browser: Browser;
  /** Moves the sandbox's clock (token expiry) without touching the browser's. */
  advanceSandboxClock(ms: number): void;
  /**
   * Opens the demo as `user` in a fresh browser context; `beforeLoad` runs on the new page before the demo loads
   * (e.g. to route its requests).
   */
  open(user: string, beforeLoad?: (page: Page) => Promise<void>): Promise<DemoPage>;
  /** Saves a full-page screenshot under test-results/e2e/. */
  screenshot(page: Page, name: string): Promise<string>;
  /** The sandbox workspace of a demo end user (the demo backend names the workspace after the user). */
  workspaceIdOf(user: string): Promise<string>;
  /** The sources of a demo end user, read from the sandbox's current API with the operator token (masked). */
  sourcesOf(user: string): Promise<SandboxSource[]>;
  /** Adds a source template through the sandbox's operator endpoint; returns its id. */
  addTemplate(body: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** How the demo is served. */
export interface DemoStackOptions {
  /**
   * Serve a production build (`vite build`, then `vite preview`) instead of the dev server, with these response
   * headers on every page and asset (the dev server's inline scripts and styles would defeat a CSP test).
   * Receives the sandbox's URL, which the headers may need to name.
   */
  production?: { headers: (sandboxUrl: string) => Record<string, string> };
}

/** Starts the sandbox on a random port, the demo (dev server or production build) pointed at it, and one Chromium. */
export async function startDemoStack(options: DemoStackOptions = {}): Promise<DemoStack> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "demo-e2e-"));
  let skewMs = 0;
  const sandbox = await startSandboxServer({ port: 0, dataDir, now: () => Date.now() + skewMs });

  // The demo backend reads its configuration from the environment when vite.config.ts is loaded.
  const previous = process.env.SANDBOX_URL;
  process.env.SANDBOX_URL = sandbox.url;
  let vite: ViteDevServer | PreviewServer;
  try {
    const shared = { configFile: path.join(demoRoot, "vite.config.ts"), root: demoRoot, clearScreen: false };
    if (options.production) {
      const outDir = path.join(dataDir, "dist");
      await build({ ...shared, logLevel: "error", build: { outDir, emptyOutDir: true } });
      vite = await preview({
        ...shared,
        logLevel: "warn",
        build: { outDir },
        preview: {
          host: "127.0.0.1",
          port: 0,
          strictPort: false,
          headers: options.production.headers(sandbox.url),
        },
      });
    } else {
      const dev = await createServer({
        ...shared,
        logLevel: "warn",
        server: { host: "127.0.0.1", port: 0, strictPort: false },
      });
      await dev.listen();
      vite = dev;
    }
  } finally {
    if (previous === undefined) delete process.env.SANDBOX_URL;
    else process.env.SANDBOX_URL = previous;
  }
  const demoUrl = (vite.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
  if (!demoUrl) throw new Error("The demo dev server did not report a URL");

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  await mkdir(ARTEFACTS_DIR, { recursive: true });

  const stack: DemoStack = {
    sandbox,
    demoUrl,
    browser,
    advanceSandboxClock(ms) {
      skewMs += ms;
    },
    async open(user, beforeLoad) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await beforeLoad?.(page);
      const consoleErrors: string[] = [];
      let tokens = 0;
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
      page.on("request", (request) => {
        if (/\/api\/(widget-)?token\b/.test(request.url())) tokens += 1;
      });
      await page.goto(`${demoUrl}/?user=${encodeURIComponent(user)}`);
      await page.getByRole("heading", { name: "Acme Analytics" }).waitFor();
      return { page, context, consoleErrors, tokenRequests: () => tokens };
    },
    async screenshot(page, name) {
      const file = path.join(ARTEFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async workspaceIdOf(user) {
      const operator = await sandbox.sandbox.operatorToken();
      const scoped = await fetch(`${sandbox.url}/api/v1/account/applications/scoped-token`, {
        method: "POST",
        headers: { authorization: `Bearer ${operator}`, "content-type": "application/json" },
        body: JSON.stringify({ workspace_name: user }),
      });
      const { token } = (await scoped.json()) as { token: string };
      const info = await fetch(`${sandbox.url}/api/v1/account/applications/scoped-token/info`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await info.json()) as { workspace_id: string }).workspace_id;
    },
    async sourcesOf(user) {
      const workspaceId = await stack.workspaceIdOf(user);
      const operator = await sandbox.sandbox.operatorToken();
      const get = async (path: string) => {
        const response = await fetch(sandbox.url + path, {
          headers: { authorization: `Bearer ${operator}` },
        });
        if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
        return response.json() as Promise<Record<string, unknown>>;
      };
      const listed = await get(`/api/v1/integrations/connectors?workspace_name=${encodeURIComponent(user)}`);
      const ids = (listed.data as { id: string }[]).map((item) => item.id);
      return Promise.all(
        ids.map(async (id) => {
          const connector = (await get(`/api/v1/integrations/connectors/${id}`)) as {
            id: string;
            name: string | null;
            source_template: { id: string };
            replication_config: Record<string, unknown>;
          };
          return {
            id: connector.id,
            name: connector.name,
            source_template_id: connector.source_template.id,
            workspace_id: workspaceId,
            configuration: connector.replication_config,
          };
        }),
      );
    },
    async addTemplate(body) {
      const operator = await sandbox.sandbox.operatorToken();
      const response = await fetch(`${sandbox.url}/api/v1/embedded/source-templates`, {
        method: "POST",
        headers: { authorization: `Bearer ${operator}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const created = (await response.json()) as { id?: unknown };
      if (response.status !== 201 || typeof created.id !== "string") {
        throw new Error(`Adding a template answered HTTP ${response.status}`);
      }
      return created.id;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await vite.close().catch(() => undefined);
      await sandbox.close().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  // Warm up: the first page load makes Vite pre-bundle dependencies (and maybe reload); keep that out of the tests.
  if (!options.production) {
    const warm = await stack.open("e2e-warmup");
    await warm.page.getByRole("button", { name: /Hellobaton/ }).click();
    await warm.page.getByRole("button", { name: "Submit" }).waitFor({ timeout: 60_000 });
    await warm.context.close();
  }
  return stack;
}
