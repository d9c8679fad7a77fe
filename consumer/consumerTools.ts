import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** What `pnpm exec` and Vitest add to the environment; the app's tools must not see them. */
const RUNNER_VARIABLES =
  /^(npm_command|npm_execpath|npm_node_execpath|npm_lifecycle_.*|npm_package_.*|npm_config_user_agent|(npm|pnpm)_config_verify_deps_before_run|PNPM_PACKAGE_NAME|PNPM_SCRIPT_SRC_DIR|VITEST.*|TEST|NODE_ENV|NODE_OPTIONS)$/i;

/**
 * The environment for the consumer app's tools: ours minus what the test runner added (NODE_ENV=test would make
 * Vite build React's development code), so the app installs and builds as on a partner's machine. The user's own
 * npm_config_* settings (registry, store-dir, cache-dir) still apply.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!RUNNER_VARIABLES.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0" };
}

/** Runs a command to completion; resolves with its exit code and its whole output (stdout, then stderr). */
export function capture(
  command: string,
  args: string[],
  options: { cwd: string },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}`.trim() });
      },
    );
  });
}

/** Runs a command to completion; resolves with its output, rejects with the end of it. */
export async function run(command: string, args: string[], options: { cwd: string }): Promise<string> {
  const { code, output } = await capture(command, args, options);
  if (code === 0) return output;
  const tail = output.split("\n").slice(-60).join("\n");
  throw new Error(`${command} ${args.join(" ")} failed in ${options.cwd} (exit ${code}):\n${tail}`);
}

/** `pnpm pack`s the package in `packageDir` into `destination`; returns the tarball's path. */
export async function packPackage(packageDir: string, destination: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  await run("pnpm", ["pack", "--pack-destination", destination], { cwd: packageDir });
  const file = `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`;
  return path.join(destination, file);
}

/** The version of `name` installed at the workspace root, so the app reuses what the pnpm store already has. */
export async function installedVersion(workspaceRoot: string, name: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(workspaceRoot, "node_modules", name, "package.json"), "utf8"),
  ) as { version: string };
  return manifest.version;
}

/**
 * Errors in third-party declarations that no package of ours can fix, each with the reason. Only these files and
 * codes are forgiven; an error anywhere else (our declarations, the app) fails the test.
 */
const UPSTREAM_TYPE_ERRORS = [
  {
    // `import Ajv from "ajv"` in RJSF's declarations: under node16, an ES module's default import of the CommonJS
    // `ajv` is its namespace. Only consumers with skipLibCheck off and node16 resolution see it.
    file: /node_modules\/@rjsf\/validator-ajv8\/lib\/[^/]+\.d\.ts$/,
    code: "TS2709",
  },
];

/** Runs `tsc -p project` in `cwd` and returns its errors, minus the known upstream ones, as `file(line,col): TSxxxx`. */
export async function typeErrors(cwd: string, project: string): Promise<string[]> {
  const { code, output } = await capture("pnpm", ["exec", "tsc", "-p", project, "--pretty", "false"], {
    cwd,
  });
  const errors: string[] = [];
  let forgiven = 0;
  for (const line of output.split("\n")) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line.trim());
    if (!match) continue;
    const [, file = "", row, column, errorCode = "", message] = match;
    if (UPSTREAM_TYPE_ERRORS.some((known) => known.code === errorCode && known.file.test(file))) forgiven++;
    else errors.push(`${file}(${row},${column}): ${errorCode} ${message}`);
  }
  // A failure without any located error (a bad option, a crash) is an error too.
  if (code !== 0 && errors.length === 0 && forgiven === 0) errors.push(output);
  return errors;
}
