// Bundles each package's built entry the way a host app's bundler would (minified, tree-shaken,
// dependencies and peers left external) and reports its gzip size.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

/** Issue 10's target for @credential-form/core + @credential-form/react together (not met yet: bench/README.md). */
export const SIZE_TARGET_BYTES = 20 * 1024;

/**
 * The ceiling `pnpm test` enforces today: the measured size plus a little headroom, so that any growth is a
 * deliberate decision. Lower it as the packages shrink towards SIZE_TARGET_BYTES; never raise it casually.
 */
export const SIZE_LIMIT_BYTES = 34 * 1024;

const ENTRIES = [
  { name: "@credential-form/core", dir: "packages/core", entry: "dist/index.js" },
  { name: "@credential-form/react", dir: "packages/react", entry: "dist/index.js" },
];

function externalsOf(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

/** Returns the minified gzip size of every package entry. */
export async function measureBundles(entries = ENTRIES) {
  const results = [];
  for (const { name, dir, entry } of entries) {
    const output = await build({
      configFile: false,
      logLevel: "silent",
      build: {
        write: false,
        minify: true,
        lib: { entry: path.resolve(dir, entry), formats: ["es"], fileName: "bundle" },
        rollupOptions: { external: externalsOf(dir) },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const code = outputs
      .filter((chunk) => chunk.type === "chunk")
      .map((chunk) => chunk.code)
      .join("\n");
    results.push({ name, rawBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length });
  }
  return results;
}
