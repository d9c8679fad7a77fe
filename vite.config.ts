/// <reference types="vitest/config" />
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defaultClientConditions, defaultServerConditions, defineConfig } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/browser.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

// Vitest's default is a worker per core but one: on the 2-core CI machines, a single worker ran the unit and
// consumer files one after another for ~10 minutes while the other core idled once the browser projects were done.
// Two workers there, the default elsewhere. Vitest wants the same maxWorkers on every project it runs together, so
// the browser projects get it too; on two cores they keep one browser session each (`browser.fileParallelism`).
const cores = availableParallelism();
const workers = Math.max(2, cores - 1);

// Workspace packages export `src/` under the `source` condition, so nothing needs a build to be tested.
const resolve = { conditions: ["source", ...defaultClientConditions] };
const ssr = { resolve: { conditions: ["source", ...defaultServerConditions] } };

// A fresh object per project: Vitest names the instances in place, so sharing one breaks the second project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  }),
  instances: [{ browser: "chromium" as const }],
  // On two cores, one test file at a time per browser project, as before (see `workers`). Vitest 4 marks this option
  // deprecated in favour of the project's `fileParallelism`, but that one sets maxWorkers to 1, which moves the
  // project out of the shared run (see `workers`).
  fileParallelism: cores > 2,
  screenshotFailures: false,
  // Visual regression (`*visual.browser.test.tsx`): a small tolerance for anti-aliasing, not for a changed look.
  expect: {
    toMatchScreenshot: {
      comparatorName: "pixelmatch" as const,
      comparatorOptions: { threshold: 0.05, allowedMismatchedPixelRatio: 0.002 },
    },
  },
});

export default defineConfig({
  plugins: [react()],
  resolve,
  ssr,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: [
            "packages/*/src/**/*.test.{ts,tsx}",
            "apps/*/src/**/*.test.{ts,tsx}",
            "scripts/**/*.test.ts",
          ],
          exclude: ["**/*.browser.test.{ts,tsx}", "**/node_modules/**"],
          setupFiles: [path.join(root, "scripts/vitest.setup.unit.ts")],
          testTimeout: 20_000,
          maxWorkers: workers,
        },
      },
      {
        // Type tests (`*.test-d.ts`): tsc over tsconfig.typetests.json, each expectTypeOf a test.
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["packages/*/src/**/*.test-d.ts"],
            tsconfig: path.join(root, "tsconfig.typetests.json"),
          },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["packages/*/src/**/*.browser.test.{ts,tsx}"],
          browser: browser(),
          maxWorkers: workers,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, ".storybook") })],
        test: {
          name: "storybook",
          browser: browser(),
          maxWorkers: workers,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["apps/*/e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The packed packages installed into a fresh app outside the workspace (needs `pnpm build` first).
          name: "consumer",
          environment: "node",
          include: ["consumer/*.test.ts"],
          maxWorkers: workers,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
