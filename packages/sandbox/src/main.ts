import { fileURLToPath } from "node:url";
import type { RequestLogEntry } from "./createSandbox.js";
import { startSandboxServer } from "./node/startSandboxServer.js";

/** Reads an integer environment variable, exiting with a clear message when it is not one. */
function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
    process.exit(1);
  }
  return value;
}

function formatLog(entry: RequestLogEntry): string {
  const fault = entry.fault ? ` fault=${entry.fault}` : "";
  return `${new Date().toISOString()} ${entry.method} ${entry.path} ${entry.status} ${entry.durationMs}ms id=${entry.requestId}${fault}`;
}

const env = process.env;
const server = await startSandboxServer({
  port: intFromEnv("PORT", 8787),
  host: env.SANDBOX_HOST || "127.0.0.1",
  dataDir: env.SANDBOX_DATA_DIR || fileURLToPath(new URL("../.data", import.meta.url)),
  clientId: env.SANDBOX_CLIENT_ID || "sandbox-client",
  clientSecret: env.SANDBOX_CLIENT_SECRET || "sandbox-secret",
  ...(env.SANDBOX_JWT_SECRET ? { signingSecret: env.SANDBOX_JWT_SECRET } : {}),
  tokenTtlSeconds: intFromEnv("SANDBOX_TOKEN_TTL_SECONDS", 1200),
  allowedOrigins: (env.SANDBOX_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean),
  ...(env.SANDBOX_PUBLIC_URL ? { publicUrl: env.SANDBOX_PUBLIC_URL } : {}),
  ...(env.SANDBOX_QUIET === "1" ? {} : { log: (entry: RequestLogEntry) => console.log(formatLog(entry)) }),
});

console.log(`Airbyte Embedded sandbox listening on ${server.url}`);
console.log(
  `  operator client id: ${env.SANDBOX_CLIENT_ID || "sandbox-client"} (secret from SANDBOX_CLIENT_SECRET)`,
);
console.log(`  registry: ${server.url}/registries/v0/cloud_registry.json`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error("Shutdown failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
