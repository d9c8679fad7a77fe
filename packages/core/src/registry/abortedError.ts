import { RegistryError } from "./RegistryError.js";

/**
 * The `aborted` error of a lookup (`"definition"`, from the client) or a scan (`"registry"`, from
 * `extractSourceDefinition`) whose signal fired, keeping the signal's reason as its cause.
 */
export function abortedError(signal: AbortSignal, what: "definition" | "registry"): RegistryError {
  return new RegistryError("aborted", `Loading the connector ${what} was cancelled.`, {
    cause: signal.reason,
  });
}
