import type { RJSFSchema } from "@rjsf/utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { portRoot as baseRoot, portOption as option } from "./test/portOption.js";

const page = vi.hoisted(() => ({ evalAllowed: true, interpreterLoaded: true }));
// The form imports core's values through `@credential-form/core/form`.
vi.mock("@credential-form/core/form", async (importOriginal) => {
  const core = await importOriginal<typeof import("@credential-form/core/form")>();
  return {
    ...core,
    canCompileSchemas: () => page.evalAllowed,
    loadedSchemaInterpreter: () => (page.interpreterLoaded ? core.loadedSchemaInterpreter() : undefined),
  };
});

const { credentialFormValidator } = await import("./validator.js");
const { loadSchemaInterpreter } = await import("@credential-form/core");
await loadSchemaInterpreter();

describe.each([
  // Before the interpreter's chunk is in (a cold mount), Ajv matches the options where the page allows eval.
  ["Ajv (eval allowed, the interpreter not loaded yet)", true, false, true],
  // Once it is in, it matches them everywhere: Ajv's first compile (its meta-schema, then the root schema: tens of
  // ms on a large spec) would otherwise land on the first submit, when RJSF re-derives its defaults for the errors.
  ["the interpreter (eval allowed, the interpreter loaded)", true, true, false],
  ["the interpreter (a CSP forbids eval)", false, true, false],
])("credentialFormValidator.isValid with %s", (name, evalAllowed, interpreterLoaded, compiles) => {
  // A root of its own: Ajv adds (and compiles) a root schema once, so a case reusing one would not show it.
  const root: RJSFSchema = { ...baseRoot, title: name };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("matches oneOf options the same way, resolving $refs against the root schema, without warnings", () => {
    page.evalAllowed = evalAllowed;
    page.interpreterLoaded = interpreterLoaded;
    const warn = vi.spyOn(console, "warn");
    const addSchema = vi.spyOn(credentialFormValidator.ajv, "addSchema");
    expect(credentialFormValidator.isValid(option, { auth_type: "key", port: 22 }, root)).toBe(true);
    expect(credentialFormValidator.isValid(option, { auth_type: "key", port: 0 }, root)).toBe(false);
    expect(credentialFormValidator.isValid(option, { auth_type: "oauth", port: 22 }, root)).toBe(false);
    expect(credentialFormValidator.isValid(option, { auth_type: "key" }, root)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    // Ajv compiles (generates code) only where the page allows it and the interpreter is not there yet.
    expect(addSchema.mock.calls.length > 0).toBe(compiles);
  });
});
