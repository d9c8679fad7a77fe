import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, defaultClientConditions, type Rollup } from "vite";

/** Minified and gzip size of one bundle. */
export interface BundleSize {
  name: string;
  rawBytes: number;
  gzipBytes: number;
  /** The largest modules of the bundle (minified bytes before gzip). */
  largestModules: { module: string; bytes: number }[];
}

const THIRD_PARTY = [
  "ajv",
  "ajv-formats",
  "react",
  "react-dom",
  "@rjsf/core",
  "@rjsf/utils",
  "@rjsf/validator-ajv8",
  "@tanstack/react-query",
];

function externalOf(names: readonly string[]) {
  return (id: string) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

async function bundle(
  name: string,
  entry: string,
  external: readonly string[],
  root: string,
): Promise<BundleSize> {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root,
    resolve: { conditions: ["source", ...defaultClientConditions] },
    build: {
      write: false,
      minify: true,
      lib: { entry: path.resolve(root, entry), formats: ["es"], fileName: "bundle" },
      rollupOptions: { external: externalOf(external) },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunks = results.flatMap((result) => result.output).filter((item) => item.type === "chunk");
  const code = chunks.map((chunk) => chunk.code).join("\n");
  const modules = chunks.flatMap((chunk) =>
    Object.entries(chunk.modules).map(([id, info]) => ({
      module: path.relative(root, id),
      bytes: info.renderedLength,
    })),
  );
  modules.sort((a, b) => b.bytes - a.bytes);
  return {
    name,
    rawBytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    largestModules: modules.slice(0, 8),
  };
}

/**
 * Bundles the packages from source like a host's bundler (minified, tree-shaken, ajv/react/rjsf/react-query
 * external): core alone, react alone (core external), and react's entry with core inlined, which is what a host
 * rendering `<CredentialForm>` ships.
 */
export async function measureBundleSizes(root: string): Promise<BundleSize[]> {
  return [
    await bundle("@credential-form/core (every export)", "packages/core/src/index.ts", THIRD_PARTY, root),
    await bundle(
      "@credential-form/react (core external)",
      "packages/react/src/index.ts",
      [...THIRD_PARTY, "@credential-form/core"],
      root,
    ),
    await bundle(
      "react entry + core inlined (what a host ships)",
      "packages/react/src/index.ts",
      THIRD_PARTY,
      root,
    ),
  ];
}
