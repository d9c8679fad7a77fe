// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { prepareForm } from "./prepareForm.js";
import { SpecError } from "./SpecError.js";
import { subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";

const spec = (repo: string) => getSource(repo).spec.connectionSpecification as JSONSchema;

describe("prepareForm", () => {
  it("normalises once and derives the user schema, uiSchema, defaults and secret paths from it", () => {
    const github = spec("airbyte/source-github");
    const defaults = { repositories: ["airbytehq/airbyte"] };
    const prepared = prepareForm(github, { partialDefaultConfig: defaults });
    const subtracted = subtractDefaults(github, defaults);
    expect(prepared.fullSchema).toBe(normalizeSpec(github).schema);
    expect(prepared.schema.properties).toEqual(subtracted.schema.properties);
    expect(prepared.schema.properties).not.toHaveProperty("repositories");
    expect(prepared.uiSchema).toEqual(toUiSchema(subtracted.schema, subtracted.uiSchemaHints));
    expect(prepared.hints).toEqual(subtracted.uiSchemaHints);
    expect(prepared.defaults).toBe(defaults);
    expect(prepared.secretPaths).toEqual([
      "/credentials/access_token",
      "/credentials/client_id",
      "/credentials/client_secret",
      "/credentials/personal_access_token",
    ]);
  });

  it("drops `$schema` from the user schema (RJSF's Ajv would try to fetch it) but keeps it in the full one", () => {
    const prepared = prepareForm(spec("airbyte/source-hellobaton"));
    expect(prepared.fullSchema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(prepared.schema).not.toHaveProperty("$schema");
    expect(prepared.defaults).toEqual({});
  });

  it("uses the template's user spec instead of the subtracted registry spec", () => {
    const userConfigSpec: JSONSchema = {
      type: "object",
      properties: { token: { type: "string", airbyte_secret: true } },
    };
    const prepared = prepareForm(spec("airbyte/source-github"), { userConfigSpec });
    expect(Object.keys(prepared.schema.properties ?? {})).toEqual(["token"]);
    expect(prepared.uiSchema.token).toMatchObject({ "ui:widget": "SecretWidget" });
  });

  it("marks array items with `*` in secret paths", () => {
    const prepared = prepareForm({
      type: "object",
      properties: { keys: { type: "array", items: { type: "string", airbyte_secret: true } } },
    });
    expect(prepared.secretPaths).toEqual(["/keys/*"]);
  });

  it("throws SpecError only for a spec that is not an object", () => {
    expect(() => prepareForm("nope")).toThrow(SpecError);
  });
});
