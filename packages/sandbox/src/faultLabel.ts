import type { Fault } from "./createFaultController.js";

/** The request log's label of the injected faults, e.g. `"latency:300,drop"`; `null` for none. */
export function faultLabel(faults: Fault[]): string | null {
  if (faults.length === 0) return null;
  return faults.map((f) => (f.kind === "latency" ? `latency:${f.ms}` : f.kind)).join(",");
}
