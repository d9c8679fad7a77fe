import registry from "@credential-form/fixtures/registry.json" with { type: "json" };
import type { SandboxRegistry } from "./SandboxRegistry.js";

/**
 * The real connector registry the sandbox serves by default (`@credential-form/fixtures`, 208 sources).
 * `createSandbox` imports this module lazily, so a sandbox given its own registry never loads the 2 MB file.
 */
export const registryFixture: SandboxRegistry = registry as unknown as SandboxRegistry;
