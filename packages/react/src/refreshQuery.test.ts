import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { refreshQuery } from "./refreshQuery.js";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
afterEach(() => queryClient.clear());

/** A list whose answers the test gives in turn, observed like a mounted component's query. */
function observedList() {
  const answers: ReturnType<typeof deferred<string[]>>[] = [];
  const signals: AbortSignal[] = [];
  const observer = new QueryObserver(queryClient, {
    queryKey: ["list"],
    queryFn: ({ signal }) => {
      signals.push(signal);
      const answer = deferred<string[]>();
      answers.push(answer);
      return answer.promise;
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  return { observer, answers, signals, unsubscribe };
}

describe("refreshQuery", () => {
  it("asks again when the first load is still in flight, and keeps the new answer, not the stale one", async () => {
    const list = observedList();
    expect(list.answers).toHaveLength(1);
    const refreshed = refreshQuery(queryClient, ["list"]);
    await expect.poll(() => list.answers.length).toBe(2);
    expect(list.signals[0]?.aborted).toBe(true);
    // The first load's answer (read before the change) arrives late; the second one is current.
    list.answers[0]?.resolve([]);
    list.answers[1]?.resolve(["created"]);
    await refreshed;
    expect(list.observer.getCurrentResult().data).toEqual(["created"]);
    list.unsubscribe();
  });

  it("refetches a list that has loaded, once", async () => {
    const list = observedList();
    list.answers[0]?.resolve(["a"]);
    await expect.poll(() => list.observer.getCurrentResult().data).toEqual(["a"]);
    const refreshed = refreshQuery(queryClient, ["list"]);
    await expect.poll(() => list.answers.length).toBe(2);
    list.answers[1]?.resolve(["a", "b"]);
    await refreshed;
    expect(list.answers).toHaveLength(2);
    expect(list.observer.getCurrentResult().data).toEqual(["a", "b"]);
    list.unsubscribe();
  });
});
