import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import * as form from "./form.js";
import * as main from "./index.js";
import type { JSONSchema } from "./schema/JSONSchema.js";

describe("@credential-form/core/form", () => {
  it("is a view of the main entry: the same functions and classes, not copies", () => {
    const exported = new Map<string, unknown>(Object.entries(main));
    const loaders = new Set(["loadSubmitPipeline", "loadSpecEngine", "loadedSpecEngine"]);
    const own = Object.entries(form).filter(([name]) => !loaders.has(name));
    expect(own.length).toBeGreaterThan(10);
    for (const [name, value] of own) {
      expect(exported.has(name), name).toBe(true);
      expect(value, name).toBe(exported.get(name));
    }
  });

  it("leaves the submit pipeline out; loadSubmitPipeline loads it once, with the main entry's results", async () => {
    for (const name of ["prepareSubmission", "validateFullConfig", "mergeConfig", "precompileFullConfig"]) {
      expect(Object.hasOwn(form, name), name).toBe(false);
    }
    const loading = form.loadSubmitPipeline();
    expect(form.loadSubmitPipeline()).toBe(loading);
    const pipeline = await loading;
    expect(pipeline.mergeConfig).toBe(main.mergeConfig);
    // The others are bound to the spec engine the loader hands the chunk (the first load's, not a copy): the same
    // results as the main entry's on a real spec, valid and invalid.
    const spec = getSource("airbyte/source-github").spec.connectionSpecification as JSONSchema;
    const defaults = { repositories: ["airbytehq/airbyte"], api_url: "https://api.github.com/" };
    const prepared = main.prepareForm(spec, { partialDefaultConfig: defaults });
    for (const credentials of [
      { option_title: "PAT Credentials", personal_access_token: "ghp_secret" },
      { option_title: "PAT Credentials" },
    ]) {
      const input = { prepared, formData: { credentials }, flavour: { sendsTemplateDefaults: true } };
      const submission = pipeline.prepareSubmission(input);
      expect(submission).toEqual(main.prepareSubmission(input));
      const config = { ...defaults, credentials };
      expect(pipeline.validateFullConfig(spec, config)).toEqual(main.validateFullConfig(spec, config));
    }
    expect(
      pipeline.prepareSubmission({ prepared, formData: {}, flavour: { sendsTemplateDefaults: true } }).errors,
    ).not.toEqual([]);
    expect(pipeline.precompileFullConfig(spec)).toBe(main.precompileFullConfig(spec));
  });

  it("leaves the spec engine out; loadSpecEngine loads it once: the main entry's prepareForm and engine", async () => {
    for (const name of ["prepareForm", "normalizeSpec", "subtractDefaults", "toUiSchema"]) {
      expect(Object.hasOwn(form, name), name).toBe(false);
    }
    const loading = form.loadSpecEngine();
    expect(form.loadSpecEngine()).toBe(loading);
    const chunk = await loading;
    expect(form.loadedSpecEngine()).toBe(chunk);
    expect(chunk.prepareForm).toBe(main.prepareForm);
    expect(chunk.engine.normalizeSpec).toBe(main.normalizeSpec);
    expect(chunk.engine.findDiscriminator).toBe(main.findDiscriminator);
  });
});
