// `pnpm bench`: benchmarks in real Chromium (see bench/README.md). Not part of `pnpm test`.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("bench/run.ts")) {
  console.log("No benchmarks yet.");
  process.exit(0);
}
const result = spawnSync(
  "pnpm",
  ["exec", "tsx", "--conditions=source", "bench/run.ts", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
