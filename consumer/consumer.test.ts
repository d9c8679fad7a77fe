// The packages as a partner gets them: `pnpm pack` core and react (built by `pnpm build` first), install the
// tarballs into a fresh Vite + React + TypeScript app outside the workspace with the peers at their lowest
// supported versions, type-check it (moduleResolution bundler and node16), import it in Node, build it for
// production, and create one source against the sandbox in Chromium. Catches missing files, wrong `exports`,
// imports that only resolve in the monorepo, peer ranges we do not meet and styles that need the workspace.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type SandboxServer, startSandboxServer } from "@credential-form/sandbox/node";
import { type Browser, chromium } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/browser.mjs";
import { installedVersion, packPackage, run, typeErrors } from "./consumerTools.js";
import { docBlocks } from "./docBlocks.js";
import { type StaticServer, serveStatic } from "./serveStatic.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(here, "..");
const appTemplate = path.join(here, "app");

/** The seeded Hellobaton template (two fields, no defaults): see packages/sandbox/README.md. */
const HELLOBATON_TEMPLATE = "26691e92-cf5a-456b-a265-76df9399b6d0";
const SECRET = "consumer-secret-key-5521";
const MASK = "**********";

/** The lowest versions `@credential-form/react`'s peerDependencies allow, per React major. */
const PEER_SETS = [
  {
    name: "React 18",
    react: "18.3.0",
    types: { react: "^18.3.0", reactDom: "^18.3.0" },
  },
  {
    name: "React 19",
    react: "19.0.0",
    types: { react: "^19.0.0", reactDom: "^19.0.0" },
  },
] as const;
const RJSF = { core: "6.5.0", utils: "6.5.0", validator: "6.5.0" };
const TANSTACK_QUERY = "5.102.0";

let workDir: string;
let tarballs: { core: string; react: string };
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "credential-form-consumer-"));
  if (!path.relative(workspaceRoot, workDir).startsWith("..")) {
    throw new Error(`The consumer app must live outside the workspace, but ${workDir} is inside it.`);
  }
  const packs = path.join(workDir, "packs");
  await mkdir(packs);
  tarballs = {
    core: await packPackage(path.join(workspaceRoot, "packages/core"), packs),
    react: await packPackage(path.join(workspaceRoot, "packages/react"), packs),
  };
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (workDir && !process.env.CONSUMER_KEEP) await rm(workDir, { recursive: true, force: true });
});

describe.each(PEER_SETS)("a Vite app installing the packed packages with $name", (peers) => {
  let appDir: string;

  it("installs the tarballs and the lowest supported peers without a peer conflict", async () => {
    appDir = path.join(workDir, peers.name.replace(/\W+/g, "-").toLowerCase());
    await cp(appTemplate, appDir, { recursive: true });
    const tooling = ["typescript", "vite", "@vitejs/plugin-react"] as const;
    const devDependencies: Record<string, string> = {
      "@types/react": peers.types.react,
      "@types/react-dom": peers.types.reactDom,
      // @rjsf/utils' declarations import "json-schema" without depending on its types (an RJSF packaging bug):
      // any app that type-checks libraries (skipLibCheck off) needs this, with or without us.
      "@types/json-schema": "^7.0.15",
    };
    for (const name of tooling) devDependencies[name] = await installedVersion(workspaceRoot, name);
    const manifest = {
      name: "credential-form-consumer",
      private: true,
      type: "module",
      dependencies: {
        "@credential-form/core": `file:${tarballs.core}`,
        "@credential-form/react": `file:${tarballs.react}`,
        "@rjsf/core": RJSF.core,
        "@rjsf/utils": RJSF.utils,
        "@rjsf/validator-ajv8": RJSF.validator,
        "@tanstack/react-query": TANSTACK_QUERY,
        react: peers.react,
        "react-dom": peers.react,
      },
      devDependencies,
      // react's dependency on core (`^x.y.z`) must come from the tarball, not the registry.
      pnpm: { overrides: { "@credential-form/core": `file:${tarballs.core}` } },
    };
    await writeFile(path.join(appDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    // --strict-peer-dependencies: an unmet or mismatched peer anywhere in the tree fails the install.
    await run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--strict-peer-dependencies"], {
      cwd: appDir,
    });
    const installed = JSON.parse(
      await readFile(path.join(appDir, "node_modules/react/package.json"), "utf8"),
    ) as { version: string };
    expect(installed.version).toBe(peers.react);
  });

  it("takes in every TypeScript block of docs/getting-started.md (type-checked with the app below)", async () => {
    const page = await readFile(path.join(workspaceRoot, "docs/getting-started.md"), "utf8");
    const blocks = docBlocks(page);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const exported = await readFile(
      path.join(appDir, "node_modules/@credential-form/react/dist/index.d.ts"),
      "utf8",
    );
    const docsDir = path.join(appDir, "src/docs");
    for (const block of blocks) {
      // A block about an API still being built compiles once the package exports it.
      if (block.needs && !exported.includes(block.needs)) continue;
      const file = path.join(docsDir, block.file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, block.code);
    }
  });

  it("type-checks with moduleResolution bundler and node16 (skipLibCheck off)", async () => {
    await expect(typeErrors(appDir, "tsconfig.bundler.json")).resolves.toEqual([]);
    await expect(typeErrors(appDir, "tsconfig.node16.json")).resolves.toEqual([]);
  });

  it("imports every entry point in plain Node", async () => {
    const script = [
      'const core = await import("@credential-form/core");',
      'const react = await import("@credential-form/react");',
      'const widget = await import("@credential-form/react/widget");',
      'const { de } = await import("@credential-form/react/locales/de");',
      'const { ptBR } = await import("@credential-form/react/locales/pt-BR");',
      "const errors = [{ path: '/n', message: 'x', keyword: 'minLength', params: { limit: 8 } }];",
      "console.log(JSON.stringify({ core: typeof core.createRegistryClient, form: typeof react.CredentialForm,",
      "  widget: typeof widget.mountCredentialWidget, de: de.messages.submit,",
      "  ptBR: ptBR.localizeValidation(errors)[0].message }));",
    ].join("\n");
    const output = await run("node", ["--input-type=module", "-e", script], { cwd: appDir });
    expect(JSON.parse(output.trim().split("\n").at(-1) ?? "{}")).toEqual({
      core: "function",
      form: "function",
      widget: "function",
      de: "Absenden",
      ptBR: "Não deve ser mais curta que 8 caracteres",
    });
  });

  it("builds for production and creates a source against the sandbox in Chromium", async () => {
    await run("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], { cwd: appDir });
    const assets = await readdir(path.join(appDir, "dist/assets"));
    expect(assets.some((file) => file.endsWith(".js"))).toBe(true);

    const dataDir = path.join(appDir, "sandbox-data");
    let sandbox: SandboxServer | undefined;
    let site: StaticServer | undefined;
    try {
      sandbox = await startSandboxServer({ port: 0, host: "127.0.0.1", dataDir, log: () => undefined });
      const sandboxUrl = sandbox.url;
      let config: Record<string, string> = {};
      site = await serveStatic(path.join(appDir, "dist"), { "/config.json": () => config });
      const issued = await sandbox.sandbox.issueWidgetToken({
        organizationId: "consumer-organization",
        externalUserId: "consumer-user",
        allowedOrigin: site.url,
      });
      config = {
        token: issued.token,
        templateId: HELLOBATON_TEMPLATE,
        baseUrl: sandboxUrl,
        registryUrl: `${sandboxUrl}/registries/v0/cloud_registry.json`,
      };

      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      const workers: string[] = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await page.goto(site.url);
      await expect(page.getByTestId("react-version").textContent()).resolves.toBe(peers.react);
      await page.locator('.cf-root[data-status="ready"]').waitFor({ timeout: 30_000 });
      // Vite emitted core's registry worker from the installed package, and the form read the registry in it.
      expect(workers).toEqual([expect.stringMatching(/\/assets\/registryWorker[^/]*\.js$/)]);
      // The theme's styles reached the page (an adopted stylesheet, no CSS import needed from the host).
      await expect(
        page.evaluate(() => {
          const root = document.querySelector(".cf-root");
          return root ? getComputedStyle(root).getPropertyValue("--cf-bg").trim() !== "" : false;
        }),
      ).resolves.toBe(true);
      await page.getByLabel(/^API Key/).fill(SECRET);
      await page.getByLabel(/^company/).fill("acme");
      await page.getByRole("button", { name: "Submit" }).click();
      const createdId = await page.getByTestId("created").textContent({ timeout: 30_000 });

      const operator = await sandbox.sandbox.operatorToken();
      const response = await fetch(
        `${sandboxUrl}/api/v1/embedded/sources?workspace_id=${issued.workspaceId}`,
        {
          headers: { authorization: `Bearer ${operator}` },
        },
      );
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as {
        data: { id: string; source_template_id: string; configuration: Record<string, unknown> }[];
      };
      expect(data).toHaveLength(1);
      expect(data[0]?.id).toBe(createdId);
      expect(data[0]?.source_template_id).toBe(HELLOBATON_TEMPLATE);
      expect(data[0]?.configuration).toEqual({ api_key: MASK, company: "acme" });
      expect(await page.content()).not.toContain(SECRET);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await site?.close();
      await sandbox?.close();
    }
  });
});
