import type { RegistryErrorCode } from "./RegistryError.js";
import type { RegistryScan } from "./scanRegistry.js";

/**
 * What the registry worker posts back for a {@link RegistryScanRequest}: the scan, or the `RegistryError` it met
 * as plain data (an Error's own fields do not survive `postMessage`), rebuilt by `scanInWorker`.
 */
export type RegistryWorkerReply =
  | { scan: RegistryScan }
  | {
      error: {
        code: RegistryErrorCode;
        message: string;
        status: number | null;
        retryable: boolean;
        /** The cause's message, if any. */
        cause?: string;
      };
    };
