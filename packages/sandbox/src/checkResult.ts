import { isRecord } from "./isRecord.js";
import type { SandboxContext } from "./SandboxContext.js";

type Json = Record<string, unknown>;

/** Whether `value` holds the sandbox's "wrong credentials" string anywhere. */
function holds(value: unknown, wrong: string): boolean {
  if (typeof value === "string") return value === wrong;
  if (Array.isArray(value)) return value.some((v) => holds(v, wrong));
  return isRecord(value) && Object.values(value).some((v) => holds(v, wrong));
}

/** A check's answer: `failed` (with a message for the user) when the config holds the wrong-credentials value. */
export function checkResult(config: Json, ctx: SandboxContext): Json {
  const failed = holds(config, ctx.wrongCredentials);
  return {
    id: crypto.randomUUID(),
    status: failed ? "failed" : "succeeded",
    error_message: failed ? "Connection check failed" : null,
    failure_reason: failed
      ? {
          timestamp: ctx.now(),
          failure_origin: "source",
          failure_type: "config_error",
          external_message: "The source rejected these credentials: authentication failed.",
          internal_message: "Sandbox: the config holds the configured wrong-credentials value.",
          stacktrace: null,
          retryable: false,
        }
      : null,
    entity_check_results: null,
  };
}
