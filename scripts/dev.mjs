// `pnpm dev`: starts the local Airbyte Embedded emulator (packages/sandbox) and the partner demo app
// (apps/demo) together, prints the URL to open, and stops both on Ctrl+C.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";

const SANDBOX_PORT = process.env.SANDBOX_PORT ?? "8787";
const DEMO_PORT = process.env.DEMO_PORT ?? "5173";
const children = [];

function start(name, args, env) {
  // Own process group, so stopping reaches pnpm's grandchildren (tsx, vite) too.
  const child = spawn("pnpm", args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
    detached: true,
  });
  const prefix = `[${name}] `;
  const forward = (stream, out) =>
    stream.on("data", (chunk) => {
      // After Ctrl+C, pnpm's "command failed with signal SIGTERM" noise is not worth showing.
      if (stopping) return;
      for (const line of String(chunk).split("\n")) if (line.trim()) out.write(`${prefix}${line}\n`);
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on("exit", (code) => {
    if (!stopping) console.log(`${prefix}exited with code ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode !== null || child.pid === undefined) continue;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

start("sandbox", ["--filter", "@credential-form/sandbox", "start"], { PORT: SANDBOX_PORT });
if (existsSync("apps/demo/index.html")) {
  start("demo", ["--filter", "demo", "dev", "--port", DEMO_PORT, "--strictPort"], {
    SANDBOX_URL: `http://127.0.0.1:${SANDBOX_PORT}`,
  });
  // The URL once both servers accept connections, so that opening it at once works.
  Promise.all([SANDBOX_PORT, DEMO_PORT].map(listening)).then(() => {
    if (stopping) return;
    console.log(
      `\n  credential-form demo: open http://127.0.0.1:${DEMO_PORT}/  (sandbox API on :${SANDBOX_PORT})\n`,
    );
  });
}

/** Resolves once 127.0.0.1:`port` accepts a connection (tried every 200 ms). */
function listening(port) {
  return new Promise((resolve) => {
    const attempt = () => {
      const socket = connect(Number(port), "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (!stopping) setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}
