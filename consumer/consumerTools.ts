import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The environment for the consumer app's tools: ours minus what `pnpm exec vitest` adds (npm_* settings of the
 * workspace, NODE_ENV=test, Vitest's own variables), so the app installs and builds as on a partner's machine.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$)/i.test(key)) continue;
    env[key] = value;
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
