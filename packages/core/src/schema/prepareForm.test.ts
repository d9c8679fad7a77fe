// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { prepareForm } from "./prepareForm.js";
import { prepareSubmission } from "./prepareSubmission.js";
import { resolveRef } from "./resolveRef.js";
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

  it("marks any key of a map (additionalProperties, patternProperties) and any tuple item with `*` in secret paths", () => {
    const secret: JSONSchema = { type: "string", airbyte_secret: true };
    const prepared = prepareForm({
      type: "object",
      definitions: { secret },
      properties: {
        headers: { type: "object", additionalProperties: secret },
        byRef: { type: "object", additionalProperties: { $ref: "#/definitions/secret" } },
        tenants: {
          type: "object",
          additionalProperties: { type: "object", properties: { key: secret, name: { type: "string" } } },
        },
        patterned: { type: "object", patternProperties: { "^x-": secret, "^y-": { type: "string" } } },
        tuple: {
          type: "array",
          items: [{ type: "string" }, secret],
          additionalItems: { properties: { pin: secret } },
        },
        list: {
          type: "array",
          items: { type: "object", properties: { key: secret, id: { type: "string" } } },
        },
        auth: {
          type: "object",
          oneOf: [
            { properties: { kind: { const: "key" }, api_key: secret } },
            { properties: { kind: { const: "oauth" }, refresh_token: secret } },
          ],
        },
        name: { type: "string" },
        open: { type: "object", additionalProperties: true },
      },
    });
    expect([...prepared.secretPaths].sort()).toEqual([
      "/auth/api_key",
      "/auth/refresh_token",
      "/byRef/*",
      "/headers/*",
      "/list/*/key",
      "/patterned/*",
      "/tenants/*/key",
      "/tuple/*",
      "/tuple/*/pin",
    ]);
  });

  it("marks the secrets of a map below a ref cut for closing a cycle under `**`", () => {
    const prepared = prepareForm({
      type: "object",
      definitions: {
        node: {
          type: "object",
          properties: { children: { type: "object", additionalProperties: { $ref: "#/definitions/node" } } },
          additionalProperties: { type: "string", airbyte_secret: true },
        },
      },
      properties: { tree: { $ref: "#/definitions/node" } },
    });
    expect([...prepared.secretPaths].sort()).toEqual(["/tree/*", "/tree/children/*/**/*"]);
  });

  it("throws SpecError only for a spec that is not an object", () => {
    expect(() => prepareForm("nope")).toThrow(SpecError);
  });

  it("refuses a spec whose $refs fan out past 1000 expansions (too_complex), never truncates silently", () => {
    /** 2^depth paths to one secret leaf: followed only partly, its pointers (and defaults) would be missed. */
    const fanOut = (depth: number) => {
      const definitions: Record<string, JSONSchema> = {
        [`d${depth}`]: { type: "string", airbyte_secret: true },
      };
      for (let i = depth - 1; i >= 0; i--)
        definitions[`d${i}`] = {
          type: "object",
          properties: { l: { $ref: `#/definitions/d${i + 1}` }, r: { $ref: `#/definitions/d${i + 1}` } },
        };
      return { type: "object", definitions, properties: { x: { $ref: "#/definitions/d0" } } };
    };
    expect(() => prepareForm(fanOut(20))).toThrow(
      expect.objectContaining({ name: "SpecError", code: "too_complex" }),
    );
    expect(() => prepareForm(fanOut(20), { partialDefaultConfig: { x: { l: {} } } })).toThrow(
      expect.objectContaining({ code: "too_complex" }),
    );
    // Under the count, the same shape is prepared: every path to the secret is listed.
    expect(prepareForm(fanOut(6)).secretPaths).toHaveLength(2 ** 6);
  });

  it("lists the secrets below a ref cut for closing a cycle under `**`", () => {
    const prepared = prepareForm({
      type: "object",
      definitions: {
        node: {
          type: "object",
          properties: {
            name: { type: "string" },
            key: { type: "string", airbyte_secret: true },
            child: { $ref: "#/definitions/node" },
            hidden: { $ref: "#/definitions/secret" },
          },
        },
        secret: { type: "string", airbyte_secret: true },
      },
      properties: { tree: { $ref: "#/definitions/node" }, whole: { allOf: [{ $ref: "#" }] } },
    });
    const below = ["/key", "/hidden", "/child/**/key", "/child/**/hidden"];
    expect([...prepared.secretPaths].sort()).toEqual(
      // `whole` repeats the root (`#`) at any depth: the tree's secrets again, under it.
      [...below.map((p) => `/tree${p}`), ...below.map((p) => `/whole/**/tree${p}`)].sort(),
    );
  });
});

describe("prepareForm: $refs through the template's defaults", () => {
  const creds: JSONSchema = {
    type: "object",
    required: ["api_key", "user"],
    properties: { api_key: { type: "string", airbyte_secret: true }, user: { type: "string" } },
  };
  /** Every `$ref` left in `schema`, with whether it resolves (to a schema) in `schema` itself. */
  function refsIn(schema: JSONSchema): { ref: string; resolves: boolean }[] {
    const found: { ref: string; resolves: boolean }[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const ref = (node as JSONSchema).$ref;
      if (typeof ref === "string") found.push({ ref, resolves: typeof resolveRef(schema, ref) === "object" });
      for (const value of Object.values(node)) visit(value);
    };
    visit(schema);
    return found;
  }
  /** The submit of `formData` over `prepared`: the payload and the full spec's errors. */
  const submit = (prepared: ReturnType<typeof prepareForm>, formData: Record<string, unknown>) =>
    prepareSubmission({ prepared, formData, flavour: { sendsTemplateDefaults: true } });

  it("a $ref naming a field the defaults remove gets the whole field, not a dangling ref", () => {
    const spec: JSONSchema = {
      type: "object",
      required: ["credentials", "backup"],
      properties: { credentials: creds, backup: { $ref: "#/properties/credentials" } },
    };
    const prepared = prepareForm(spec, {
      partialDefaultConfig: { credentials: { api_key: "k-123", user: "u" } },
    });
    expect(prepared.schema.properties).not.toHaveProperty("credentials");
    expect(refsIn(prepared.schema).filter((ref) => !ref.resolves)).toEqual([]);
    expect(prepared.schema.properties?.backup?.required).toEqual(["api_key", "user"]);
    expect(prepared.uiSchema.backup).toMatchObject({ api_key: { "ui:widget": "SecretWidget" } });
    const { errors, payload } = submit(prepared, { backup: { api_key: "b-456", user: "b" } });
    expect(errors).toEqual([]);
    expect(payload).toEqual({
      credentials: { api_key: "k-123", user: "u" },
      backup: { api_key: "b-456", user: "b" },
    });
  });

  it("a $ref naming a partly defaulted field keeps the fields the defaults set (the ref names the spec's field)", () => {
    const spec: JSONSchema = {
      type: "object",
      required: ["credentials", "backup"],
      properties: { credentials: creds, backup: { $ref: "#/properties/credentials" } },
    };
    const prepared = prepareForm(spec, { partialDefaultConfig: { credentials: { api_key: "k-123" } } });
    expect(Object.keys(prepared.schema.properties?.credentials?.properties ?? {})).toEqual(["user"]);
    expect(Object.keys(prepared.schema.properties?.backup?.properties ?? {})).toEqual(["api_key", "user"]);
    const { errors } = submit(prepared, {
      credentials: { user: "u" },
      backup: { api_key: "b-456", user: "b" },
    });
    expect(errors).toEqual([]);
  });

  it("defaults reach through a $ref: the defaulted fields leave the form, the others stay", () => {
    const spec: JSONSchema = {
      type: "object",
      required: ["credentials"],
      definitions: { creds },
      properties: { credentials: { $ref: "#/definitions/creds" }, other: { $ref: "#/definitions/creds" } },
    };
    const prepared = prepareForm(spec, { partialDefaultConfig: { credentials: { api_key: "k-123" } } });
    expect(prepared.schema.properties?.credentials?.properties).toEqual({ user: { type: "string" } });
    expect(prepared.schema.properties?.credentials?.required).toEqual(["user"]);
    // The definition other fields share is untouched.
    expect(Object.keys(prepared.schema.properties?.other?.properties ?? {})).toEqual(["api_key", "user"]);
    expect(refsIn(prepared.schema).filter((ref) => !ref.resolves)).toEqual([]);
    expect(submit(prepared, { credentials: { user: "u" } }).errors).toEqual([]);
  });

  it("oneOf options given as $refs collapse to the option the defaults choose", () => {
    const spec: JSONSchema = {
      type: "object",
      required: ["auth"],
      definitions: {
        key: {
          type: "object",
          required: ["kind", "api_key"],
          properties: { kind: { const: "key" }, api_key: { type: "string" } },
        },
        oauth: {
          type: "object",
          required: ["kind", "token"],
          properties: { kind: { const: "oauth" }, token: { type: "string" } },
        },
      },
      properties: {
        auth: { type: "object", oneOf: [{ $ref: "#/definitions/key" }, { $ref: "#/definitions/oauth" }] },
      },
    };
    const prepared = prepareForm(spec, { partialDefaultConfig: { auth: { kind: "oauth" } } });
    expect(prepared.schema.properties?.auth?.oneOf).toBeUndefined();
    expect(Object.keys(prepared.schema.properties?.auth?.properties ?? {})).toEqual(["token"]);
    expect(submit(prepared, { auth: { token: "t-789" } }).errors).toEqual([]);
  });
});
