// @vitest-environment node
import { getSource, sampleValidInput } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { buildPayload } from "./buildPayload.js";
import type { JSONSchema } from "./JSONSchema.js";
import { subtractDefaults } from "./subtractDefaults.js";

const schema: JSONSchema = {
  type: "object",
  required: ["api_key", "name"],
  properties: {
    api_key: { type: "string", airbyte_secret: true },
    name: { type: "string" },
    note: { type: "string" },
    options: { type: "object", properties: { verbose: { type: "boolean" } } },
    extra: { type: "object", additionalProperties: true },
    credentials: {
      type: "object",
      oneOf: [
        { properties: { kind: { type: "string", const: "key" }, key: { type: "string" } } },
        { properties: { kind: { type: "string", const: "oauth" }, client_id: { type: "string" } } },
      ],
    },
  },
};

describe("buildPayload", () => {
  it("prunes undefined, empty optional strings, empty optional objects and undeclared keys", () => {
    const payload = buildPayload({
      schema,
      formData: {
        api_key: "k",
        name: "",
        note: "",
        options: {},
        stray: 1,
        extra: { free: "form" },
        x: undefined,
      },
      defaults: { host: "db" },
    });
    expect(payload).toEqual({ api_key: "k", name: "", extra: { free: "form" } });
  });

  it("fills the const discriminator of the chosen oneOf option and drops fields of other options", () => {
    const byDiscriminator = buildPayload({
      schema,
      formData: { credentials: { kind: "oauth", client_id: "id", key: "stale" } },
      defaults: {},
    });
    expect(byDiscriminator.credentials).toEqual({ kind: "oauth", client_id: "id" });
    const byFields = buildPayload({ schema, formData: { credentials: { client_id: "id" } }, defaults: {} });
    expect(byFields.credentials).toEqual({ kind: "oauth", client_id: "id" });
  });

  it("sends the template defaults only when asked to", () => {
    const input = {
      schema,
      formData: { api_key: "k", name: "n" },
      defaults: { host: "db", name: "template" },
    };
    expect(buildPayload(input)).toEqual({ api_key: "k", name: "n" });
    expect(buildPayload({ ...input, includeDefaults: true })).toEqual({
      host: "db",
      api_key: "k",
      name: "n",
    });
  });

  it("keeps the discriminator of a oneOf collapsed by the defaults (GitHub)", () => {
    const github = getSource("airbyte/source-github").spec.connectionSpecification as JSONSchema;
    const result = subtractDefaults(github, { credentials: { personal_access_token: "ghp_partner" } });
    const payload = buildPayload({
      schema: result.schema,
      formData: sampleValidInput(result.schema),
      defaults: {},
    });
    expect(payload.credentials).toEqual({ option_title: "PAT Credentials" });
    expect(JSON.stringify(payload)).not.toContain("ghp_partner");
  });
});

describe("an optional object the user left empty", () => {
  const auth: JSONSchema = {
    type: "object",
    properties: {
      credentials: {
        type: "object",
        required: ["auth_method", "token"],
        properties: { auth_method: { type: "string", const: "token" }, token: { type: "string" } },
      },
    },
  };

  it("stays absent instead of getting its constant, and so its required fields, filled in", () => {
    expect(buildPayload({ schema: auth, formData: { credentials: {} }, defaults: {} })).toEqual({});
    expect(buildPayload({ schema: auth, formData: { credentials: { token: "" } }, defaults: {} })).toEqual(
      {},
    );
  });

  it("gets its constant once the user typed into it, or when it is required", () => {
    expect(buildPayload({ schema: auth, formData: { credentials: { token: "t" } }, defaults: {} })).toEqual({
      credentials: { auth_method: "token", token: "t" },
    });
    const required = { ...auth, required: ["credentials"] };
    expect(buildPayload({ schema: required, formData: { credentials: {} }, defaults: {} })).toEqual({
      credentials: { auth_method: "token" },
    });
  });
});
