// @vitest-environment node
import { getSource, sampleValidInput } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { buildPayload } from "./buildPayload.js";
import type { JSONSchema } from "./JSONSchema.js";
import { mergeConfig } from "./mergeConfig.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { parsePointer } from "./parsePointer.js";
import { prepareForm } from "./prepareForm.js";
import { redactSecrets } from "./redactSecrets.js";
import { secretValues } from "./secretValues.js";
import { subtractDefaults } from "./subtractDefaults.js";
import { toUiSchema } from "./toUiSchema.js";
import type { UiSchema } from "./UiSchema.js";
import { validateFullConfig } from "./validateFullConfig.js";

/** Whether the user schema still has a field at this configuration pointer (through any oneOf option). */
function offered(schema: JSONSchema, pointer: string): boolean {
  let nodes = [schema];
  for (const token of parsePointer(pointer)) {
    nodes = nodes
      .flatMap((node) => [node, ...(node.oneOf ?? [])])
      .flatMap((node) => {
        const child = node.properties?.[token];
        return child ? [child] : [];
      });
  }
  return nodes.length > 0;
}

/** The exemplar connectors of the fixture README, each with template defaults a partner would realistically set. */
const exemplars: [repository: string, defaults: Record<string, unknown>][] = [
  [
    "airbyte/source-google-analytics-data-api",
    { credentials: { auth_type: "Client", client_id: "cid", client_secret: "partner-secret" } },
  ],
  ["airbyte/source-spacex-api", { options: "launches" }],
  ["airbyte/source-hellobaton", { company: "acme" }],
  ["airbyte/source-kyriba", { domain: "demo.kyriba.com", start_date: "2021-01-10" }],
  ["airbyte/source-kafka", { bootstrap_servers: "kafka:9092", protocol: { security_protocol: "PLAINTEXT" } }],
  [
    "airbyte/source-mongodb-v2",
    { database_config: { cluster_type: "ATLAS_REPLICA_SET", auth_source: "admin" } },
  ],
  [
    "airbyte/source-azure-blob-storage",
    { azure_blob_storage_account_name: "acct", delivery_method: { delivery_type: "use_records_transfer" } },
  ],
  [
    "airbyte/source-oracle",
    { host: "db.example.com", port: 1521, encryption: { encryption_method: "unencrypted" } },
  ],
];

describe.each(exemplars)("%s end to end", (repository, defaults) => {
  const spec = getSource(repository).spec.connectionSpecification as JSONSchema;

  it("subtracts the defaults, maps the uiSchema, and a filled form validates against the full spec", () => {
    const result = subtractDefaults(spec, defaults);
    expect(result.defaultedPaths.length).toBeGreaterThan(0);
    for (const path of result.defaultedPaths) expect(offered(result.schema, path), path).toBe(false);
    const ui: UiSchema = toUiSchema(result.schema, result.uiSchemaHints);
    expect(ui["ui:order"]?.at(-1)).toBe("*");
    const formData = sampleValidInput(result.schema, { seed: 3 });
    const payload = buildPayload({ schema: result.schema, formData, defaults });
    for (const key of Object.keys(defaults)) {
      if (typeof defaults[key] !== "object") expect(payload).not.toHaveProperty(key);
    }
    const merged = mergeConfig(defaults, payload);
    expect(validateFullConfig(spec, merged).errors).toEqual([]);
    const secrets = secretValues(spec, merged);
    expect(JSON.stringify(redactSecrets(spec, merged))).not.toMatch(
      new RegExp(secrets.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") || "^$"),
    );
  });
});

describe("exemplar specifics", () => {
  it("GA4 (largest spec): a collapsed credentials oneOf, and repeated work prepared once", () => {
    const spec = getSource("airbyte/source-google-analytics-data-api").spec
      .connectionSpecification as JSONSchema;
    const defaults = {
      credentials: { auth_type: "Client", client_id: "cid", client_secret: "partner-secret" },
    };
    const result = subtractDefaults(spec, defaults);
    expect(Object.keys(result.schema.properties?.credentials?.properties ?? {}).sort()).toEqual([
      "access_token",
      "refresh_token",
    ]);
    expect(result.uiSchemaHints.collapsedOneOf["/credentials"]?.optionTitle).toBe(
      "Authenticate via Google (Oauth)",
    );
    expect(JSON.stringify(result)).not.toContain("partner-secret");
    // Normalising is cached per input object; the rest runs once per form in prepareForm (timings are `pnpm bench`'s job).
    expect(normalizeSpec(spec)).toBe(normalizeSpec(spec));
    const prepared = prepareForm(spec, { partialDefaultConfig: defaults });
    expect(prepared.fullSchema).toBe(normalizeSpec(spec).schema);
    expect(prepared.uiSchema).toEqual(toUiSchema(result.schema, result.uiSchemaHints));
  });

  it("MongoDB: defaults choosing the Atlas option leave its credentials to the user, groups kept", () => {
    const spec = getSource("airbyte/source-mongodb-v2").spec.connectionSpecification as JSONSchema;
    const result = subtractDefaults(spec, { database_config: { cluster_type: "ATLAS_REPLICA_SET" } });
    const config = result.schema.properties?.database_config;
    expect(config?.required).toEqual([
      "connection_string",
      "databases",
      "username",
      "password",
      "auth_source",
    ]);
    const ui = toUiSchema(result.schema, result.uiSchemaHints);
    expect((ui["ui:options"] as { groups?: { id: string }[] }).groups?.map((group) => group.id)).toEqual([
      "connection",
      "advanced",
    ]);
  });
});
