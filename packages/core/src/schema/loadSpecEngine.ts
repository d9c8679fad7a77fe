import { onDemand } from "../shared/onDemand.js";

/** What `loadSpecEngine` resolves with: `prepareForm` and the spec engine the on-demand chunks take. */
export type LoadedSpecEngine = typeof import("./specEngineChunk.js")["specEngineChunk"];

let loaded: LoadedSpecEngine | undefined;

/**
 * Loads the spec engine (`prepareForm` and what validation and the submit pipeline share: a chunk of its own, so a
 * page's first load does not carry it) and resolves with it; loaded once per page, a failed load (the chunk could
 * not be fetched) is tried again on the next call. `@credential-form/react` starts it when a form mounts, alongside
 * the token, template and spec requests, and `preparedFormQuery` waits for it.
 */
export const loadSpecEngine: () => Promise<LoadedSpecEngine> = onDemand(() =>
  import("./specEngineChunk.js").then((module) => {
    loaded = module.specEngineChunk;
    return loaded;
  }),
);

/** The spec engine once `loadSpecEngine` has loaded it (a form can then prepare synchronously); `undefined` before. */
export function loadedSpecEngine(): LoadedSpecEngine | undefined {
  return loaded;
}
