import type { SandboxCollection, SandboxRecords, SandboxStore } from "./SandboxStore.js";

type Collections = { [C in SandboxCollection]: SandboxRecords[C][] };

/** An in-memory {@link SandboxStore} (platform-neutral: Node, browsers, MSW). */
export function memoryStore(): SandboxStore {
  const data: Collections = { sources: [], templates: [], workspaces: [], origins: [] };
  return {
    async list(collection) {
      return structuredClone(data[collection]);
    },
    async append(collection, record) {
      (data[collection] as unknown[]).push(structuredClone(record));
    },
    async clear(collection) {
      data[collection] = [];
    },
    async close() {},
  };
}
