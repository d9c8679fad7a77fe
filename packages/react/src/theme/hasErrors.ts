import type { ErrorSchema } from "@rjsf/utils";

/** True when an RJSF error schema holds at least one message anywhere below it. */
export function hasErrors(errorSchema: ErrorSchema | undefined): boolean {
  if (!errorSchema || typeof errorSchema !== "object") return false;
  for (const [key, value] of Object.entries(errorSchema)) {
    if (key === "__errors") {
      if (Array.isArray(value) && value.length > 0) return true;
    } else if (hasErrors(value as ErrorSchema)) return true;
  }
  return false;
}
