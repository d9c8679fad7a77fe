// `pnpm release:dry`: everything a release does except publishing. Builds core and react, packs them with pnpm
// into .release/ (publishConfig applied, as `pnpm publish` would), checks the tarballs (publint,
// arethetypeswrong, contents and manifest, one version for the fixed group) and the size budget, then says what
// `pnpm release` would publish. Touches no registry and no git state.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const OUT = ".release";

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ release dry run failed at: ${title}`);
    process.exit(result.status ?? 1);
  }
}

step("build", "pnpm", ["run", "build"]);
step("pack and check", "node", ["scripts/check-packages.mjs", "--pack-destination", OUT]);

// What `pnpm release:version` would consume (`changeset status` compares with the main branch, so it is not run
// here: the dry run must not depend on git state).
const pending = readdirSync(".changeset").filter((name) => name.endsWith(".md") && name !== "README.md");
console.log(
  pending.length === 0
    ? "\nNo pending changesets: `pnpm release` would publish the versions as they are."
    : `\nPending changesets (run \`pnpm release:version\` before releasing): ${pending.join(", ")}`,
);

console.log("Would publish (nothing was published):");
for (const file of readdirSync(OUT).filter((name) => name.endsWith(".tgz"))) {
  const kb = (statSync(path.join(OUT, file)).size / 1024).toFixed(1);
  console.log(`  ${path.join(OUT, file)}  ${kb} kB`);
}
