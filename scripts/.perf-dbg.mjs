import path from "node:path";
import { build } from "esbuild";

const out = await build({
  stdin: {
    contents: 'export { CredentialForm, useCredentialForm } from "@credential-form/react";',
    resolveDir: path.join(process.cwd(), "packages/react"),
    loader: "js",
  },
  bundle: true,
  splitting: true,
  outdir: "/tmp/perf-out",
  minify: true,
  format: "esm",
  write: false,
  metafile: true,
  external: [
    "react",
    "react-dom",
    "react/*",
    "react-dom/*",
    "@rjsf/*",
    "@rjsf/core",
    "@rjsf/utils",
    "@rjsf/validator-ajv8",
    "@tanstack/react-query",
    "ajv",
    "ajv/*",
    "ajv-formats",
  ],
  conditions: ["source"],
  logLevel: "silent",
});
for (const [k, v] of Object.entries(out.metafile.outputs)) {
  if (!k.endsWith(".js")) continue;
  console.log(
    k,
    v.bytes,
    "imports:",
    v.imports
      .filter((i) => !i.external)
      .map((i) => `${i.kind}:${path.basename(i.path)}`)
      .join(" "),
  );
  console.log(
    "   ",
    Object.keys(v.inputs)
      .map((i) => path.basename(i))
      .slice(0, 12)
      .join(" "),
  );
}
