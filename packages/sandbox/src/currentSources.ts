import type { SandboxContext } from "./SandboxContext.js";
import type { StoredSource } from "./SandboxStore.js";

/** The live sources: the store is append-only, so the last record of each id wins and a deleted one is gone. */
export async function currentSources(ctx: SandboxContext): Promise<StoredSource[]> {
  const latest = new Map<string, StoredSource>();
  for (const record of await ctx.store.list("sources")) {
    latest.delete(record.id);
    latest.set(record.id, record);
  }
  return [...latest.values()].filter((s) => !s.deleted);
}
