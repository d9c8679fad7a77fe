import { describe, expect, it } from "vitest";
import * as form from "./form.js";
import * as main from "./index.js";

describe("@credential-form/core/form", () => {
  it("is a view of the main entry: the same functions and classes, not copies", () => {
    const exported = new Map<string, unknown>(Object.entries(main));
    const own = Object.entries(form).filter(([name]) => name !== "loadSubmitPipeline");
    expect(own.length).toBeGreaterThan(10);
    for (const [name, value] of own) {
      expect(exported.has(name), name).toBe(true);
      expect(value, name).toBe(exported.get(name));
    }
  });

  it("leaves the submit pipeline out; loadSubmitPipeline loads it once, the main entry's own functions", async () => {
    for (const name of ["prepareSubmission", "validateFullConfig", "mergeConfig", "precompileFullConfig"]) {
      expect(Object.hasOwn(form, name), name).toBe(false);
    }
    const loading = form.loadSubmitPipeline();
    expect(form.loadSubmitPipeline()).toBe(loading);
    const pipeline = await loading;
    expect(pipeline.prepareSubmission).toBe(main.prepareSubmission);
    expect(pipeline.validateFullConfig).toBe(main.validateFullConfig);
    expect(pipeline.mergeConfig).toBe(main.mergeConfig);
    expect(pipeline.precompileFullConfig).toBe(main.precompileFullConfig);
  });
});
