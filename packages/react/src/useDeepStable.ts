import { deepEquals } from "@rjsf/utils";
import { useRef } from "react";

/** Returns the previous value while the new one is deeply equal, so inline objects do not break memoisation. */
export function useDeepStable<T>(value: T): T {
  const ref = useRef(value);
  if (ref.current !== value && !deepEquals(ref.current, value)) ref.current = value;
  return ref.current;
}
