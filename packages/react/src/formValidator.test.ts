import { loadSchemaInterpreter, normalizeSpec } from "@credential-form/core";
import { getSource, sampleValidInput } from "@credential-form/test-utils";
import type { RJSFSchema } from "@rjsf/utils";
import { describe, expect, it, vi } from "vitest";
import { portOption as option, portRoot as root } from "./test/portOption.js";

const page = vi.hoisted(() => ({ interpreterLoaded: true }));
// The form imports core's values through `@credential-form/core/form`.
vi.mock("@credential-form/core/form", async (importOriginal) => {
  const core = await importOriginal<typeof import("@credential-form/core/form")>();
  return {
    ...core,
    loadedSchemaInterpreter: () => (page.interpreterLoaded ? core.loadedSchemaInterpreter() : undefined),
  };
});

const { formValidator } = await import("./formValidator.js");
// RJSF's own ajv validator, configured as the form configured it before: the reference the answers are compared to.
const { credentialFormValidator: ajvValidator } = await import("./validator.js");
await loadSchemaInterpreter();

/** A real spec as the form hands it to RJSF. */
function specOf(repository: string): RJSFSchema {
  return normalizeSpec(getSource(repository).spec.connectionSpecification).schema as RJSFSchema;
}

describe("formValidator (the RJSF validator the form hands RJSF: core's interpreter, no ajv)", () => {
  it("matches oneOf options as ajv does, resolving $refs against the root schema", () => {
    for (const data of [
      { auth_type: "key", port: 22 },
      { auth_type: "key", port: 0 },
      { auth_type: "oauth", port: 22 },
      { auth_type: "key" },
    ]) {
      expect(formValidator.isValid(option, data, root)).toBe(ajvValidator.isValid(option, data, root));
    }
    expect(formValidator.isValid(option, { auth_type: "key", port: 22 }, root)).toBe(true);
  });

  it("matches every option of the real specs' oneOfs as ajv does, for each option's own sample", () => {
    let compared = 0;
    for (const repository of ["airbyte/source-hubspot", "airbyte/source-google-analytics-data-api"]) {
      const spec = specOf(repository);
      const options = Object.values(spec.properties ?? {}).flatMap((property) =>
        typeof property === "object" && Array.isArray(property.oneOf) ? property.oneOf : [],
      ) as RJSFSchema[];
      for (const candidate of options) {
        const sample = sampleValidInput(candidate as never);
        for (const other of options) {
          expect(formValidator.isValid(other, sample, spec)).toBe(ajvValidator.isValid(other, sample, spec));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(4);
  });

  it("says what is missing where the interpreter is not loaded, instead of answering", () => {
    page.interpreterLoaded = false;
    try {
      expect(() => formValidator.isValid(option, {}, root)).toThrow(/interpreter is not loaded/);
    } finally {
      page.interpreterLoaded = true;
    }
  });

  it("validates form data (a host turning RJSF's validation on) into the errors and error schema ajv's gives", () => {
    const spec = specOf("airbyte/source-hellobaton");
    for (const data of [{}, { api_key: "k" }, { api_key: 3, company: "acme" }]) {
      const ours = formValidator.validateFormData(data, spec);
      const theirs = ajvValidator.validateFormData(data, spec);
      const shape = (errors: typeof ours.errors) =>
        errors
          .map(({ name, property, params }) => ({ name, property, params }))
          .sort((a, b) => `${a.property}${a.name}`.localeCompare(`${b.property}${b.name}`));
      expect(shape(ours.errors)).toEqual(shape(theirs.errors));
      expect(Object.keys(ours.errorSchema).sort()).toEqual(Object.keys(theirs.errorSchema).sort());
    }
    const { errors, errorSchema } = formValidator.validateFormData({}, spec);
    expect(errors.map((error) => error.message)).toContain("must have required property 'api_key'");
    expect(errorSchema).toMatchObject({ api_key: { __errors: ["must have required property 'api_key'"] } });
  });

  it("applies a host's transformErrors and merges its customValidate errors", () => {
    const spec = specOf("airbyte/source-hellobaton");
    const { errors, errorSchema } = formValidator.validateFormData(
      { api_key: "k", company: "acme" },
      spec,
      (data, handler) => {
        if ((data as { company?: string }).company === "acme") handler.company?.addError("not this one");
        return handler;
      },
      (found) => found,
    );
    expect(errors.map((error) => error.stack)).toEqual([".company not this one"]);
    expect(errorSchema).toMatchObject({ company: { __errors: ["not this one"] } });
    const transformed = formValidator.validateFormData({}, spec, undefined, (found) =>
      found.map((error) => ({ ...error, message: `x ${error.message}` })),
    );
    expect(transformed.errors.every((error) => error.message?.startsWith("x "))).toBe(true);
  });
});
