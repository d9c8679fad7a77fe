// Checks the built packages as a user would install them: publint (package.json/exports),
// arethetypeswrong (types resolve for ESM consumers) and the gzip size budget of our own code.
// Run after `pnpm build`. `--json FILE` writes {passed, failed} for the test summary.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { measureBundles, SIZE_LIMIT_BYTES, SIZE_TARGET_BYTES } from "./bundle-size.mjs";

const PACKAGES = ["packages/core", "packages/react"];
const jsonIndex = process.argv.indexOf("--json");
const jsonFile = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;

let passed = 0;
let failed = 0;

function check(name, command, args) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  const ok = result.status === 0;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "✓" : "✗"} ${name}`);
  if (!ok) console.log(`${result.stdout ?? ""}${result.stderr ?? ""}`);
}

for (const dir of PACKAGES) {
  check(`publint ${dir}`, "pnpm", ["exec", "publint", "run", dir, "--strict"]);
  check(`attw ${dir}`, "pnpm", [
    "exec",
    "attw",
    "--pack",
    dir,
    "--profile",
    "esm-only",
    "--format",
    "table-flipped",
  ]);
}

// The standalone widget is documented as one file a host can serve as is: no sibling chunks.
{
  let files = [];
  try {
    files = readdirSync("packages/react/dist/standalone").filter((file) => !file.endsWith(".map"));
  } catch {
    // Not built: reported as a failure below.
  }
  const ok = files.length === 1 && files[0] === "credential-widget.js";
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "✓" : "✗"} standalone widget is one file (${files.join(", ")})`);
}

try {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const sizes = await measureBundles();
  for (const entry of sizes) {
    console.log(`  ${entry.name}: ${kb(entry.gzipBytes)} gzip`);
    for (const chunk of entry.lazy)
      console.log(`    + on demand: ${chunk.name}: ${kb(chunk.gzipBytes)} gzip`);
  }
  const budgeted = sizes.find((entry) => entry.budgeted);
  if (!budgeted) throw new Error("no budgeted bundle");
  const ok = budgeted.gzipBytes <= SIZE_LIMIT_BYTES;
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? "✓" : "✗"} size limit: ${kb(budgeted.gzipBytes)} gzip of at most ${kb(SIZE_LIMIT_BYTES)} (core + react, dependencies and peers excluded)`,
  );
  if (budgeted.gzipBytes > SIZE_TARGET_BYTES) {
    console.log(`  note: the size target of ${kb(SIZE_TARGET_BYTES)} is not met yet (see bench/README.md)`);
  }
} catch (error) {
  failed++;
  console.log(`✗ size budget: ${error instanceof Error ? error.message : String(error)}`);
}

if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ passed, failed }));
console.log(`package checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
