export { fileStore, STORE_FILE } from "./fileStore.js";
export type { SandboxServer, SandboxServerOptions } from "./startSandboxServer.js";
export { startSandboxServer } from "./startSandboxServer.js";
