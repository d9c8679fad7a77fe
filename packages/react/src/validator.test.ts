import type { RJSFSchema } from "@rjsf/utils";
import { afterEach, describe, expect, it, vi } from "vitest";

const evalAllowed = vi.hoisted(() => ({ value: true }));
// The form imports core's values through `@credential-form/core/form`.
vi.mock("@credential-form/core/form", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@credential-form/core/form")>()),
  canCompileSchemas: () => evalAllowed.value,
}));

const { credentialFormValidator } = await import("./validator.js");
const { loadSchemaInterpreter } = await import("@credential-form/core");
await loadSchemaInterpreter();

const root: RJSFSchema = {
  definitions: { port: { type: "integer", minimum: 1 } },
  properties: { port: { $ref: "#/definitions/port" } },
};
const option: RJSFSchema = {
  type: "object",
  required: ["auth_type", "port"],
  properties: { auth_type: { const: "key" }, port: { $ref: "#/definitions/port" } },
};

describe.each([
  ["Ajv (eval allowed)", true],
  ["the interpreter (a CSP forbids eval)", false],
])("credentialFormValidator.isValid with %s", (_name, allowed) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("matches oneOf options the same way, resolving $refs against the root schema, without warnings", () => {
    evalAllowed.value = allowed;
    const warn = vi.spyOn(console, "warn");
    const addSchema = vi.spyOn(credentialFormValidator.ajv, "addSchema");
    expect(credentialFormValidator.isValid(option, { auth_type: "key", port: 22 }, root)).toBe(true);
    expect(credentialFormValidator.isValid(option, { auth_type: "key", port: 0 }, root)).toBe(false);
    expect(credentialFormValidator.isValid(option, { auth_type: "oauth", port: 22 }, root)).toBe(false);
    expect(credentialFormValidator.isValid(option, { auth_type: "key" }, root)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    // Ajv compiles (generates code) only where the page allows it.
    expect(addSchema.mock.calls.length > 0).toBe(allowed);
  });
});
