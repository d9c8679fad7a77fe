import type { UseConnectorEditResult } from "./edit/useConnectorEditTypes.js";
import type { UseCredentialFormEditOptions } from "./useCredentialFormTypes.js";

/** Edit mode's code (`edit/editMode.ts`): the edit form and the edit hook, one chunk loaded on demand. */
export type EditModeModule = typeof import("./edit/editMode.js");

let loaded: EditModeModule | undefined;
let loading: Promise<EditModeModule> | undefined;
let failed: { error: unknown } | undefined;

/**
 * Loads edit mode's code once for `<CredentialForm connectorId>` and `useCredentialForm({ connectorId })` (hosts
 * that only create never download it); after a failed download, the next call tries again.
 */
export function loadEditMode(): Promise<EditModeModule> {
  loading ??= import("./edit/editMode.js").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * `useCredentialForm` in edit mode (`edit/useCredentialFormEdit.ts`). Until its code is in, the component suspends
 * (a thrown promise, as `React.lazy` does: the first render is dropped, so its hooks always run in full); a failed
 * download is thrown once to the error boundary, whose reset tries again.
 */
export function useEditMode(options: UseCredentialFormEditOptions): UseConnectorEditResult {
  return (loaded ?? suspend()).useCredentialFormEdit(options);
}

/** Throws what a render waiting for the edit code throws: the download in progress, or its failure (once). */
function suspend(): never {
  if (failed) {
    const { error } = failed;
    failed = undefined;
    throw error;
  }
  throw loadEditMode().catch((error: unknown) => {
    failed = { error };
  });
}
