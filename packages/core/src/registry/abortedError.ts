import { RegistryError } from "./RegistryError.js";

/** The `aborted` error of a lookup or scan whose signal fired, keeping the signal's reason as its cause. */
export function abortedError(signal: AbortSignal): RegistryError {
  return new RegistryError("aborted", "Loading the connector definition was cancelled.", {
    cause: signal.reason,
  });
}
