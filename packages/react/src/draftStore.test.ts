// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createDraftStore } from "./draftStore.js";

const settledNow = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  // Two microtask turns: enough for an already-resolved promise, far from any timer.
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe("createDraftStore", () => {
  it("resolves at once when no widget holds a draft", async () => {
    const store = createDraftStore();
    store.add(() => false);
    expect(await settledNow(store.flushAll())).toBe(true);
  });

  it("flushes every draft and resolves only once RJSF has reported as many changes", async () => {
    const store = createDraftStore();
    const flushed: string[] = [];
    const flusher = (name: string) => () => {
      flushed.push(name);
      return true;
    };
    const a = flusher("a");
    const b = flusher("b");
    store.add(a);
    store.add(b);
    const done = store.flushAll();
    expect(flushed).toEqual(["a", "b"]);
    expect(await settledNow(done)).toBe(false);
    store.reported();
    expect(await settledNow(done)).toBe(false);
    store.reported();
    expect(await settledNow(done)).toBe(true);
  });

  it("forgets a deleted flush, and ignores reports nobody waits for", async () => {
    const store = createDraftStore();
    let calls = 0;
    const flush = () => {
      calls++;
      return true;
    };
    store.add(flush);
    store.delete(flush);
    store.reported();
    expect(await settledNow(store.flushAll())).toBe(true);
    expect(calls).toBe(0);
  });
});
