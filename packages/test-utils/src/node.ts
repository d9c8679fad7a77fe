import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** Absolute path of the registry fixture file (`@credential-form/fixtures`), for servers that serve it as bytes. */
export const registryPath: string = createRequire(import.meta.url).resolve(
  "@credential-form/fixtures/registry.json",
);

let cachedText: string | undefined;

/** The registry fixture as its original JSON text (Node only). */
export function registryText(): string {
  cachedText ??= readFileSync(registryPath, "utf8");
  return cachedText;
}

export type { RegistryServer, RegistryServerOptions, RegistryServerRequest } from "./registryServer.js";
export { startRegistryServer } from "./registryServer.js";
