// Measures what a host ships for @credential-form/core + @credential-form/react the way size-limit does: one
// esbuild bundle of both main entries (tree-shaken, fully minified, ES2022), the packages' own dependencies and
// peers (ajv, React, RJSF, TanStack Query) left external, then gzip -9. `node scripts/bundle-size.mjs` prints
// the sizes; `--source` bundles `src/` (no build needed), `--modules` adds each module's share.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Issue 10's budget for @credential-form/core + @credential-form/react together (see bench/README.md). */
export const SIZE_TARGET_BYTES = 20 * 1024;

/**
 * The ceiling `pnpm test` enforces today: the measured size plus a little headroom, so that any growth is a
 * deliberate decision. Lower it as the packages shrink towards SIZE_TARGET_BYTES; never raise it casually.
 */
export const SIZE_LIMIT_BYTES = 28 * 1024;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What is measured: both main entries together, and the opt-in drop-in widget entry on its own. */
const BUNDLES = [
  {
    name: "@credential-form/core + @credential-form/react",
    contents: 'export * from "@credential-form/core";\nexport * from "@credential-form/react";',
    budgeted: true,
  },
  {
    name: "@credential-form/react/widget (opt-in entry, includes the above it uses)",
    contents: 'export * from "@credential-form/react/widget";',
    budgeted: false,
  },
];

function externals() {
  const names = new Set();
  for (const dir of ["packages/core", "packages/react"]) {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, "package.json"), "utf8"));
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) {
      if (!name.startsWith("@credential-form/")) names.add(name);
    }
  }
  return [...names].flatMap((name) => [name, `${name}/*`]);
}

/**
 * Returns the minified and gzip size of each bundle; with `modules`, the minified bytes each source module
 * contributes (largest first). `source` bundles the packages' `src/` instead of their built `dist/`.
 */
export async function measureBundles({ source = false, modules = false } = {}) {
  const results = [];
  for (const { name, contents, budgeted } of BUNDLES) {
    const output = await build({
      stdin: { contents, resolveDir: path.join(ROOT, "packages/react"), loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      platform: "browser",
      write: false,
      metafile: modules,
      external: externals(),
      conditions: source ? ["source"] : [],
      logLevel: "silent",
    });
    const code = output.outputFiles[0]?.text ?? "";
    const entry = {
      name,
      budgeted,
      rawBytes: Buffer.byteLength(code),
      gzipBytes: gzipSync(code, { level: 9 }).length,
    };
    if (modules && output.metafile) {
      const inputs = Object.values(output.metafile.outputs)[0]?.inputs ?? {};
      entry.modules = Object.entries(inputs)
        .map(([file, info]) => ({
          module: file.replace(/^.*?packages\//, "packages/"),
          bytes: info.bytesInOutput,
        }))
        .filter((item) => item.bytes > 0)
        .sort((a, b) => b.bytes - a.bytes);
    }
    results.push(entry);
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const sizes = await measureBundles({
    source: process.argv.includes("--source"),
    modules: process.argv.includes("--modules"),
  });
  for (const size of sizes) {
    console.log(`${size.name}: ${kb(size.gzipBytes)} gzip (${kb(size.rawBytes)} minified)`);
    for (const item of size.modules ?? []) console.log(`  ${String(item.bytes).padStart(6)}  ${item.module}`);
  }
}
