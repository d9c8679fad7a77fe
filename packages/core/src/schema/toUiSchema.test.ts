// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";
import type { UiObjectOptions, UiOneOfOptions, UiSchema } from "./UiSchema.js";

const real = (repository: string): JSONSchema =>
  normalizeSpec(getSource(repository).spec.connectionSpecification).schema;

const entry = (ui: UiSchema, key: string): UiSchema => ui[key] as UiSchema;

describe("toUiSchema", () => {
  it("orders by `order`, then fields without order in declaration order, `*` last", () => {
    const ui = toUiSchema({
      type: "object",
      properties: {
        c: { type: "string" },
        b: { type: "string", order: 2 },
        a: { type: "string", order: 1 },
        d: { type: "string", order: 1 },
        e: { type: "string" },
      },
    });
    expect(ui["ui:order"]).toEqual(["a", "d", "b", "c", "e", "*"]);
  });

  it("maps airbyte_secret to the SecretWidget with new-password and no placeholder (Hellobaton)", () => {
    const ui = toUiSchema(real("airbyte/source-hellobaton"));
    expect(ui["ui:order"]).toEqual(["api_key", "company", "*"]);
    expect(entry(ui, "api_key")).toEqual({ "ui:widget": "SecretWidget", "ui:autocomplete": "new-password" });
    expect(entry(ui, "company")).toEqual({ "ui:placeholder": "google" });
    const withExamples = toUiSchema({
      type: "object",
      properties: { token: { type: "string", airbyte_secret: true, examples: ["leaked"] } },
    });
    expect(JSON.stringify(withExamples)).not.toContain("leaked");
  });

  it("hides airbyte_hidden and const fields (Azure Blob Storage)", () => {
    const azure = real("airbyte/source-azure-blob-storage");
    const ui = toUiSchema(azure);
    const streamItem = (entry(ui, "streams").items ?? {}) as UiSchema;
    expect(entry(streamItem, "legacy_prefix")["ui:widget"]).toBe("hidden");
    expect(entry(streamItem, "primary_key")["ui:widget"]).toBe("hidden");
    const options = streamItem.format as UiSchema;
    expect(options.oneOf?.length).toBeGreaterThan(1);
    expect(entry(options.oneOf?.[0] ?? {}, "filetype")["ui:widget"]).toBe("hidden");
  });

  it("maps display_type to the oneOf selector, one uiSchema per option, no ui:order or widget on the oneOf node", () => {
    const ui = toUiSchema(real("airbyte/source-azure-blob-storage"));
    const delivery = entry(ui, "delivery_method");
    expect(delivery["ui:options"]).toEqual({ displayType: "radio", discriminator: "delivery_type" });
    expect(delivery).not.toHaveProperty("ui:order");
    expect(delivery).not.toHaveProperty("ui:widget");
    expect(delivery.oneOf).toHaveLength(2);
    expect(entry(delivery.oneOf?.[1] ?? {}, "delivery_type")["ui:widget"]).toBe("hidden");
    expect(delivery.oneOf?.[1]?.["ui:options"]).toEqual({ optionalFields: ["preserve_directory_structure"] });
    const kafka = toUiSchema(real("airbyte/source-kafka"));
    expect((entry(kafka, "protocol")["ui:options"] as UiOneOfOptions).displayType).toBe("dropdown");
  });

  it("maps multiline to a textarea, and keeps secrets secret when multiline (Oracle)", () => {
    const ui = toUiSchema({
      type: "object",
      properties: { notes: { type: "string", multiline: true } },
    });
    expect(entry(ui, "notes")).toEqual({ "ui:widget": "textarea" });
    const oracle = toUiSchema(real("airbyte/source-oracle"));
    const ssh = entry(oracle, "tunnel_method").oneOf?.[1] ?? {};
    expect(entry(ssh, "ssh_key")).toEqual({
      "ui:widget": "SecretWidget",
      "ui:autocomplete": "new-password",
      "ui:options": { multiline: true },
    });
  });

  it("maps pattern_descriptor to help text (GitHub start date)", () => {
    const ui = toUiSchema(real("airbyte/source-github"));
    expect(entry(ui, "start_date")).toMatchObject({
      "ui:help": "YYYY-MM-DDTHH:mm:ssZ",
      "ui:placeholder": "2021-03-01T00:00:00Z",
    });
  });

  it("lists optional fields (never required, always_show, hidden or const ones)", () => {
    const ui = toUiSchema({
      type: "object",
      required: ["a"],
      properties: {
        a: { type: "string" },
        b: { type: "string" },
        c: { type: "string", always_show: true },
        d: { type: "string", airbyte_hidden: true },
        e: { type: "string", const: "x" },
      },
    });
    expect(ui["ui:options"]).toEqual({ optionalFields: ["b"] });
  });

  it("maps group / groups to sections with their titles (MongoDB)", () => {
    const mongo = real("airbyte/source-mongodb-v2");
    const options = toUiSchema(mongo)["ui:options"] as UiObjectOptions;
    expect(options.groups?.map((group) => [group.id, group.title])).toEqual([
      ["connection", null],
      ["advanced", "Advanced"],
    ]);
    expect(options.groups?.[0]?.fields).toEqual(["database_config"]);
    expect(options.groups?.[1]?.fields).toContain("queue_size");
    // Titles survive through the hints even when the user schema lost the root `groups`.
    const result = subtractDefaults(mongo, {});
    const { groups: _groups, ...withoutGroups } = result.schema;
    const viaHints = toUiSchema(withoutGroups, result.uiSchemaHints)["ui:options"] as UiObjectOptions;
    expect(viaHints.groups?.[1]?.title).toBe("Advanced");
  });

  it("gives a map's entries (additionalProperties) their uiSchema: a secret map gets the SecretWidget", () => {
    const ui = toUiSchema({
      type: "object",
      properties: {
        headers: { type: "object", additionalProperties: { type: "string", airbyte_secret: true } },
        open: { type: "object", additionalProperties: true },
      },
    });
    expect(entry(ui, "headers").additionalProperties).toEqual({
      "ui:widget": "SecretWidget",
      "ui:autocomplete": "new-password",
    });
    expect(entry(ui, "open")).toBeUndefined();
  });

  it("recurses into array items and nested oneOfs (GA4)", () => {
    const ui = toUiSchema(real("airbyte/source-google-analytics-data-api"));
    const report = entry(ui, "custom_reports_array").items as UiSchema;
    expect(report["ui:order"]?.at(-1)).toBe("*");
    const filter = entry(report, "dimensionFilter");
    expect((filter["ui:options"] as UiOneOfOptions).discriminator).toBe("filter_type");
    expect(filter.oneOf?.length).toBe(4);
  });

  it("leaves title and description in the schema as markdown, untouched (rendering is the UI's job)", () => {
    const description = "See [the docs](https://docs.airbyte.com) and <b>this</b>";
    const schema: JSONSchema = {
      type: "object",
      properties: { key: { type: "string", title: "**Key**", description } },
    };
    const { schema: user } = subtractDefaults(schema, {});
    expect(user.properties?.key).toEqual({ type: "string", title: "**Key**", description });
    expect(JSON.stringify(toUiSchema(user))).not.toMatch(/Key\*\*|docs\.airbyte/);
  });

  it("is deterministic per schema and hints (not cached: prepareForm runs it once)", () => {
    const schema = real("airbyte/source-github");
    expect(toUiSchema(schema)).toEqual(toUiSchema(schema));
    const result = subtractDefaults(schema, {});
    expect(toUiSchema(result.schema, result.uiSchemaHints)).toEqual(
      toUiSchema(result.schema, result.uiSchemaHints),
    );
  });
});
