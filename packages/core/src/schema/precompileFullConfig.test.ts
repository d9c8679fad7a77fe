// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it, vi } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";

/** Fresh modules, with ajv's compile step counted. */
async function load() {
  vi.resetModules();
  const compile = vi.fn();
  vi.doMock("./compileFullConfig.js", async (importOriginal) => {
    const actual = await importOriginal<typeof import("./compileFullConfig.js")>();
    return {
      ...actual,
      compileFullConfig: (schema: JSONSchema) => {
        compile(schema);
        return actual.compileFullConfig(schema);
      },
    };
  });
  const { validateFullConfig } = await import("./validateFullConfig.js");
  const { precompileFullConfig } = await import("./precompileFullConfig.js");
  const { loadSchemaInterpreter } = await import("./loadSchemaInterpreter.js");
  vi.doUnmock("./compileFullConfig.js");
  return { compile, validateFullConfig, precompileFullConfig, loadSchemaInterpreter };
}

const spec = getSource("airbyte/source-google-analytics-data-api").spec.connectionSpecification as JSONSchema;

describe("precompileFullConfig and the submit path", () => {
  it("validates with the loaded interpreter, never compiling, until the spec is precompiled", async () => {
    const { compile, validateFullConfig, precompileFullConfig, loadSchemaInterpreter } = await load();
    await loadSchemaInterpreter();
    const interpreted = validateFullConfig(spec, {});
    expect(interpreted.valid).toBe(false);
    expect(interpreted.errors.length).toBeGreaterThan(0);
    expect(compile).not.toHaveBeenCalled();

    expect(precompileFullConfig(spec)).toBe(true);
    expect(compile).toHaveBeenCalledTimes(1);
    // The compiled validator reports what the interpreter reported, and compiling again costs nothing.
    expect(validateFullConfig(spec, {})).toEqual(interpreted);
    expect(precompileFullConfig(spec)).toBe(true);
    expect(compile.mock.results.length).toBe(2);
  });

  it("compiles on the spot only when nothing loaded the interpreter", async () => {
    const { compile, validateFullConfig } = await load();
    expect(validateFullConfig(spec, {}).valid).toBe(false);
    expect(compile).toHaveBeenCalledTimes(1);
  });
});
