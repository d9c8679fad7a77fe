// The warm-up loads the interpreter's chunk only once the form has painted (its request, download and compile
// would otherwise land inside the mount), and a submit before that still gets it at once.
import { getSource } from "@credential-form/test-utils";
import { renderHook } from "@testing-library/react";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useValidatorWarmup } from "./useValidatorWarmup.js";

const core = vi.hoisted(() => ({ loads: 0 }));
vi.mock("@credential-form/core/form", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@credential-form/core/form")>();
  return {
    ...actual,
    loadedSchemaInterpreter: () => undefined,
    loadSchemaInterpreter: () => {
      core.loads++;
      return new Promise(() => {});
    },
  };
});

const spec = getSource("airbyte/source-hellobaton").spec.connectionSpecification;
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  core.loads = 0;
  frames = [];
  vi.useFakeTimers();
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal("cancelAnimationFrame", (id: number) => {
    frames[id - 1] = () => {};
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
// The warm-up's import of the submit's chunk may still be loading its modules when the last test ends: let it finish
// before the environment is torn down.
afterAll(async () => {
  await import("./submitChunk.js");
});

function paintFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

describe("useValidatorWarmup", () => {
  it("requests the interpreter just after the first frame, not during the mount", () => {
    renderHook(() => useValidatorWarmup(spec));
    vi.advanceTimersByTime(50);
    expect(core.loads).toBe(0);
    paintFrame();
    expect(core.loads).toBe(0);
    vi.advanceTimersByTime(0);
    expect(core.loads).toBe(1);
  });

  it("still loads it where no frame comes (a hidden tab), after 100 ms", () => {
    renderHook(() => useValidatorWarmup(spec));
    vi.advanceTimersByTime(99);
    expect(core.loads).toBe(0);
    vi.advanceTimersByTime(1);
    expect(core.loads).toBe(1);
    paintFrame();
    vi.advanceTimersByTime(200);
    expect(core.loads).toBe(1);
  });

  it("loads it at once for a submit before the first frame", () => {
    const { result } = renderHook(() => useValidatorWarmup(spec));
    void result.current();
    expect(core.loads).toBe(1);
  });

  it("requests nothing once unmounted before the frame", () => {
    const { unmount } = renderHook(() => useValidatorWarmup(spec));
    unmount();
    paintFrame();
    vi.advanceTimersByTime(200);
    expect(core.loads).toBe(0);
  });
});
