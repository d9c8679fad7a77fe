import { describe, expect, it } from "vitest";
import { rejectionOf } from "./rejectionOf.js";

class FirstError extends Error {}
class SecondError extends Error {}

describe("rejectionOf", () => {
  it("returns the error of a promise that rejects with the given type", async () => {
    const error = new FirstError("first");
    await expect(rejectionOf(Promise.reject(error), FirstError)).resolves.toBe(error);
  });

  it("fails when the promise resolves", async () => {
    await expect(rejectionOf(Promise.resolve("value"), FirstError)).rejects.toThrow(
      "expected a rejection with a FirstError, got a value",
    );
  });

  it("fails when the promise rejects with another type, keeping that error as the cause", async () => {
    const other = new SecondError("second");
    const failure = await rejectionOf(Promise.reject(other), FirstError).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^expected a rejection with a FirstError, got /);
    expect((failure as Error).cause).toBe(other);
  });
});
