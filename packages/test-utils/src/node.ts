import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of the registry fixture file, for servers that serve or stream it as bytes. */
export const registryPath: string = fileURLToPath(new URL("../fixtures/registry.json", import.meta.url));

let cachedText: string | undefined;

/** The registry fixture as its original JSON text (Node only). */
export function registryText(): string {
  cachedText ??= readFileSync(registryPath, "utf8");
  return cachedText;
}

export type { RegistryServer, RegistryServerOptions, RegistryServerRequest } from "./registryServer.js";
export { startRegistryServer } from "./registryServer.js";
