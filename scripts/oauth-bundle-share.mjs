// Measures what OAuth costs the base entry ({ CredentialForm, useCredentialForm }): the base entry bundled from
// `src/` as scripts/bundle-size.mjs does (esbuild, splitting, minified, ES2022, dependencies and peers external,
// every chunk the first load imports gzipped -9 on its own), once as is and once with react's
// `oauth/useOAuthSupport.ts` replaced by a no-op hook (`() => null`: no OAuth chunk, no OAuth code in the first load).
// The difference is the OAuth share of the first load. `node scripts/oauth-bundle-share.mjs`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HOOK = path.join(ROOT, "packages/react/src/oauth/useOAuthSupport.ts");

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

/** Gzip bytes of the base entry's first load (entry chunk and the chunks it imports statically). */
async function baseEntry(withoutOAuth) {
  const output = await build({
    entryPoints: ["measured-entry"],
    plugins: [
      {
        name: "measured-entry",
        setup(b) {
          b.onResolve({ filter: /^measured-entry$/ }, () => ({ path: "entry", namespace: "measured" }));
          b.onLoad({ filter: /.*/, namespace: "measured" }, () => ({
            contents: 'export { CredentialForm, useCredentialForm } from "@credential-form/react";',
            resolveDir: path.join(ROOT, "packages/react"),
            loader: "js",
          }));
          if (withoutOAuth) {
            b.onLoad({ filter: /useOAuthSupport\.ts$/ }, (args) =>
              args.path === HOOK
                ? {
                    // `loadOAuthModule` is what `connectorSpecQuery` calls to start an OAuth spec's code early.
                    contents:
                      "export function useOAuthSupport() { return null; }\n" +
                      "export function loadOAuthModule() { return Promise.resolve(null); }",
                    loader: "ts",
                  }
                : undefined,
            );
          }
        },
      },
    ],
    absWorkingDir: ROOT,
    outdir: path.join(ROOT, "bundle-size-out"),
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    write: false,
    metafile: true,
    external: externals(),
    define: { "process.env.NODE_ENV": '"production"' },
    conditions: ["source"],
    logLevel: "silent",
  });
  const outputs = output.metafile.outputs;
  const files = new Map(output.outputFiles.map((file) => [path.relative(ROOT, file.path), file.text]));
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key) || !outputs[key]) return;
    initial.add(key);
    for (const imported of outputs[key].imports) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(Object.keys(outputs).find((key) => outputs[key].entryPoint === "measured:entry"));
  let gzip = 0;
  for (const key of initial) gzip += gzipSync(files.get(key) ?? "", { level: 9 }).length;
  return { gzip, chunks: initial.size };
}

const withOAuth = await baseEntry(false);
const without = await baseEntry(true);
console.log(`base entry, first load: ${withOAuth.gzip} B gzip (${withOAuth.chunks} chunks)`);
console.log(`same, useOAuthSupport a no-op: ${without.gzip} B gzip (${without.chunks} chunks)`);
console.log(`OAuth share: ${withOAuth.gzip - without.gzip} B gzip (budget 512 B)`);
