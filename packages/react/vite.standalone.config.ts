import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

// The standalone ESM bundle for hosts without React or a bundler: React, TanStack Query, RJSF and Ajv included.
// Run after `tsc` (the `build` script): it writes into dist/standalone/ and leaves the rest of dist/ alone.
export default defineConfig({
  plugins: [
    {
      // One file has no sibling script to start core's registry worker from: its registry lookups scan on the main
      // thread in short slices (core's fallback), and Vite emits no worker asset beside it.
      name: "registry-scan-on-main-thread",
      enforce: "pre",
      load: (id) =>
        id.endsWith("/core/src/registry/scanInWorker.ts")
          ? "export const scanInWorker = () => Promise.resolve(null);"
          : null,
    },
  ],
  resolve: { conditions: ["source", ...defaultClientConditions] },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/standalone",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // Library mode keeps whitespace in ES output by default; this file is shipped as is, so minify it fully.
    minify: true,
    reportCompressedSize: true,
    lib: {
      entry: fileURLToPath(new URL("./src/widget/standalone.ts", import.meta.url)),
      formats: ["es"],
      fileName: () => "credential-widget.js",
    },
    rollupOptions: {
      // One file, as documented: the eval-free validator (a dynamic import, for pages whose CSP forbids eval)
      // is inlined rather than split into sibling chunks a host would have to serve as well.
      output: { minify: true, inlineDynamicImports: true },
      onwarn(warning, warn) {
        // React Query and RJSF mark modules "use client" for RSC bundlers; irrelevant in a browser bundle.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
