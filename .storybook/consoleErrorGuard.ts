/** Formats console arguments for a test failure (first line of each, kept short). */
function describe(args: readonly unknown[]): string {
  return args
    .map((arg) =>
      arg instanceof Error ? `${arg.name}: ${arg.message}` : typeof arg === "string" ? arg : String(arg),
    )
    .join(" ")
    .slice(0, 500);
}

let recorded: string[] = [];

/**
 * Fails a story that logs through `console.error` (React warnings, failed prop types, caught-and-logged errors):
 * `start()` in `beforeEach` records them, `check()` in `afterEach` throws if there were any.
 */
export const consoleErrorGuard = {
  start(): () => void {
    recorded = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      recorded.push(describe(args));
      original.apply(console, args);
    };
    return () => {
      console.error = original;
    };
  },
  check(): void {
    if (recorded.length === 0) return;
    const messages = recorded;
    recorded = [];
    throw new Error(`The story logged ${messages.length} console error(s):\n- ${messages.join("\n- ")}`);
  },
};
