// `pnpm test`: makes sure a browser is there, builds the packages, checks them as published
// (publint, arethetypeswrong, size budget), then runs every Vitest project (unit, browser,
// storybook, e2e) and prints one summary line. Exit code is non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { ensureChromium } from "./browser.mjs";

const RESULTS = ".vitest-results.json";
const SUMMARY = ".test-summary.json";
const extraArgs = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

let failedSteps = 0;
const counts = { passed: 0, failed: 0, skipped: 0 };

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (run("pnpm", ["run", "build"]) !== 0) failedSteps++;

const checks = spawnSync("node", ["scripts/check-packages.mjs", "--json", ".package-checks.json"], {
  stdio: "inherit",
});
if (existsSync(".package-checks.json")) {
  const packageChecks = JSON.parse(readFileSync(".package-checks.json", "utf8"));
  counts.passed += packageChecks.passed;
  counts.failed += packageChecks.failed;
  rmSync(".package-checks.json");
} else {
  counts.failed++;
}
if (checks.status !== 0) failedSteps++;

rmSync(RESULTS, { force: true });
const vitestStatus = run("pnpm", [
  "exec",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${RESULTS}`,
  ...extraArgs,
]);
if (vitestStatus !== 0) failedSteps++;

if (existsSync(RESULTS)) {
  const report = JSON.parse(readFileSync(RESULTS, "utf8"));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no failed tests but must still count as a failure.
  const brokenSuites = (report.testResults ?? []).filter(
    (suite) => suite.status === "failed" && (suite.assertionResults ?? []).length === 0,
  ).length;
  counts.failed += brokenSuites;
} else {
  counts.failed++;
}

writeFileSync(SUMMARY, `${JSON.stringify({ ...counts, failedSteps })}\n`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps === 0 && counts.failed === 0 ? 0 : 1);
