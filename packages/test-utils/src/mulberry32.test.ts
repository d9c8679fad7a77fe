import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32.js";

describe("mulberry32", () => {
  it("gives one sequence per seed, in [0, 1)", () => {
    const take = (seed: number) => Array.from({ length: 50 }, mulberry32(seed));
    const first = take(7);
    expect(take(7)).toEqual(first);
    expect(take(8)).not.toEqual(first);
    expect(new Set(first).size).toBe(50);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});
