import { useRef } from "react";

/**
 * Returns `read()` on the first render and whenever one of `deps` changed identity since the previous render;
 * otherwise the value read then. Like `useMemo`, for a value read from a ref (which `useMemo` cannot depend on).
 */
export function useRefreshedOn<T>(read: () => T, deps: readonly unknown[]): T {
  const memo = useRef<{ deps: readonly unknown[]; value: T } | null>(null);
  const previous = memo.current;
  if (
    previous === null ||
    previous.deps.length !== deps.length ||
    deps.some((dep, index) => !Object.is(dep, previous.deps[index]))
  ) {
    memo.current = { deps, value: read() };
    return memo.current.value;
  }
  return previous.value;
}
