import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build, defaultClientConditions } from "vite";

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "page");

/**
 * Builds `bench/page` into `outDir` the way a host's bundler would ship it: Vite in production mode, minified,
 * the packages bundled from `src/` (`source` condition). `sourcemap` for the profiler, which maps samples back.
 */
export async function buildBenchPage(outDir: string, { sourcemap = false } = {}): Promise<void> {
  await build({
    configFile: false,
    root: PAGE_DIR,
    logLevel: "warn",
    mode: "production",
    plugins: [react()],
    resolve: { conditions: ["source", ...defaultClientConditions], dedupe: ["react", "react-dom"] },
    build: { outDir, emptyOutDir: true, minify: true, sourcemap, chunkSizeWarningLimit: 4096 },
  });
}
