/** One injected failure. `latency` delays the real answer; the others replace it. */
export type Fault =
  | { kind: "latency"; ms: number }
  | { kind: "500" }
  | { kind: "502-html" }
  | { kind: "401-once" }
  | { kind: "drop" }
  | { kind: "malformed-json" };

/** A fault registered through `POST /__sandbox/faults` (or {@link FaultController.add}). */
export interface FaultRule {
  id: string;
  /** `"<METHOD> <path prefix>"`; the method may be `*`. */
  match: string;
  fault: string;
  /** Calls still to fail; `null` = until cleared. */
  remaining: number | null;
}

/** Input of {@link FaultController.add}. */
export interface FaultRuleInput {
  match: string;
  fault: string;
  /** How many matching calls fail (default 1; 0 = until cleared). */
  times?: number;
}

/** Registry of injected faults shared by the header and the admin endpoint. */
export interface FaultController {
  add(input: FaultRuleInput): FaultRule;
  list(): FaultRule[];
  clear(): void;
  /** Faults to apply to one request: consumes matching rules, then reads the `x-sandbox-fault` header. */
  take(method: string, path: string, header: string | null): Fault[];
}

const MAX_LATENCY_MS = 60_000;

/** Parses `latency:<ms>`, `500`, `502-html`, `401-once`, `drop`, `malformed-json` (comma-separated list). */
export function parseFaults(text: string): Fault[] | null {
  const faults: Fault[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim().toLowerCase();
    if (item === "") continue;
    const latency = /^latency:(\d{1,6})$/.exec(item);
    if (latency) faults.push({ kind: "latency", ms: Math.min(Number(latency[1]), MAX_LATENCY_MS) });
    else if (item === "500" || item === "502-html" || item === "drop" || item === "malformed-json") {
      faults.push({ kind: item });
    } else if (item === "401-once" || item === "401") faults.push({ kind: "401-once" });
    else return null;
  }
  return faults.length > 0 ? faults : null;
}

function parseMatch(match: string): { method: string; prefix: string } | null {
  const parts = match.trim().split(/\s+/);
  if (parts.length === 1 && parts[0]?.startsWith("/")) return { method: "*", prefix: parts[0] };
  if (parts.length !== 2) return null;
  const [method = "", prefix = ""] = parts;
  if (!/^(\*|[A-Za-z]+)$/.test(method) || !prefix.startsWith("/")) return null;
  return { method: method.toUpperCase(), prefix };
}

/** Error thrown by {@link FaultController.add} for an invalid rule (the message says which part). */
export class FaultRuleError extends Error {
  readonly field: "match" | "fault" | "times";
  constructor(field: "match" | "fault" | "times", message: string) {
    super(message);
    this.name = "FaultRuleError";
    this.field = field;
  }
}

/** Creates the fault registry of one sandbox. */
export function createFaultController(): FaultController {
  let rules: (FaultRule & { method: string; prefix: string; faults: Fault[] })[] = [];
  // "401-once" from the header fails the first call per method+path+header value only.
  const failedOnce = new Set<string>();
  let counter = 0;
  return {
    add(input) {
      const match = typeof input.match === "string" ? parseMatch(input.match) : null;
      if (!match) throw new FaultRuleError("match", 'match must look like "POST /api/v1/embedded/sources"');
      const faults = typeof input.fault === "string" ? parseFaults(input.fault) : null;
      if (!faults) {
        throw new FaultRuleError(
          "fault",
          'fault must be one of "latency:<ms>", "500", "502-html", "401-once", "drop", "malformed-json"',
        );
      }
      const times = input.times ?? 1;
      if (!Number.isInteger(times) || times < 0 || times > 100_000) {
        throw new FaultRuleError("times", "times must be an integer ≥ 0 (0 = until cleared)");
      }
      counter += 1;
      const rule = {
        id: `fault-${counter}`,
        match: `${match.method} ${match.prefix}`,
        fault: input.fault,
        remaining: times === 0 ? null : times,
        method: match.method,
        prefix: match.prefix,
        faults,
      };
      rules.push(rule);
      return { id: rule.id, match: rule.match, fault: rule.fault, remaining: rule.remaining };
    },
    list() {
      return rules.map(({ id, match, fault, remaining }) => ({ id, match, fault, remaining }));
    },
    clear() {
      rules = [];
      failedOnce.clear();
    },
    take(method, path, header) {
      const out: Fault[] = [];
      for (const rule of rules) {
        if ((rule.method === "*" || rule.method === method) && path.startsWith(rule.prefix)) {
          out.push(...rule.faults);
          if (rule.remaining !== null) rule.remaining -= 1;
        }
      }
      rules = rules.filter((rule) => rule.remaining === null || rule.remaining > 0);
      if (header) {
        for (const fault of parseFaults(header) ?? []) {
          if (fault.kind === "401-once") {
            const key = `${method} ${path} ${header}`;
            if (failedOnce.has(key)) continue;
            failedOnce.add(key);
          }
          out.push(fault);
        }
      }
      return out;
    },
  };
}
