import type { SandboxContext } from "./SandboxContext.js";

/**
 * Updates of one connector run one after the other, each on the config the previous one stored, so two patches
 * of different fields both land; where two patches set the same field, the last one wins (no 409: the contract
 * lists none, and Airbyte's update carries no version to compare).
 */
const queues = new WeakMap<SandboxContext, Map<string, Promise<unknown>>>();

/** Runs `run` after every earlier call for the same connector id has settled. */
export function serialized<T>(ctx: SandboxContext, id: string, run: () => Promise<T>): Promise<T> {
  const byId = queues.get(ctx) ?? new Map<string, Promise<unknown>>();
  queues.set(ctx, byId);
  const previous = byId.get(id) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => {});
  byId.set(id, settled);
  void settled.then(() => {
    if (byId.get(id) === settled) byId.delete(id);
  });
  return next;
}
