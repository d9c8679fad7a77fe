/**
 * The error `promise` rejects with; fails (throws) when it resolves, or rejects with anything but an instance of
 * `type`. Plain throws, no `expect`: test-utils is loaded by stories too, where Vitest is not.
 */
export async function rejectionOf<E extends Error>(
  promise: Promise<unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: any constructor of E, whatever its parameters.
  type: abstract new (...args: any[]) => E,
): Promise<E> {
  const outcome = await promise.then(
    (value: unknown) => ({ rejected: false as const, value }),
    (error: unknown) => ({ rejected: true as const, error }),
  );
  if (!outcome.rejected) throw new Error(`expected a rejection with a ${type.name}, got a value`);
  if (!(outcome.error instanceof type))
    throw new Error(`expected a rejection with a ${type.name}, got ${String(outcome.error)}`, {
      cause: outcome.error,
    });
  return outcome.error;
}
