import { RegistryError } from "./RegistryError.js";

/**
 * The `aborted` error of a lookup (`"definition"`, from the client) or a scan (`"registry"`, from
 * `extractSourceDefinition`) whose signal fired, keeping the signal's reason as its cause (or the `timeout` error
 * the signal was aborted with).
 */
export function abortedError(signal: AbortSignal, what: "definition" | "registry"): RegistryError {
  // The client's own timeout aborts with the error to report.
  if (signal.reason instanceof RegistryError && signal.reason.code === "timeout") return signal.reason;
  return new RegistryError("aborted", `Loading the connector ${what} was cancelled.`, {
    cause: signal.reason,
  });
}
