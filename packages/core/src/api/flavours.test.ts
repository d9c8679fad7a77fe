// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { flavours } from "./flavours.js";
import type { FlavourBodyInput, SourceTemplate, TemplateMode } from "./types.js";

const INPUT: FlavourBodyInput = {
  workspace: "ws",
  templateId: "tpl",
  config: { api_key: "k" },
  name: "My source",
  template: null,
};

/** A template over a real connector's spec (GitHub: top-level `credentials` oneOf, plus `repositories`…). */
function githubTemplate(mode: TemplateMode | null, userConfigSpec?: JSONSchema | null): SourceTemplate {
  const spec = getSource("airbyte/source-github").spec.connectionSpecification as JSONSchema;
  return {
    id: "tpl",
    name: "GitHub",
    icon: null,
    mode,
    sourceDefinitionId: "def",
    partialDefaultConfig: {},
    userConfigSpec: userConfigSpec === undefined ? spec : userConfigSpec,
  };
}

const GITHUB_CONFIG = {
  credentials: { personal_access_token: "ghp_x" },
  repositories: ["airbytehq/airbyte"],
};

describe("flavours", () => {
  // The serialised body, key order included, is what the server receives: pinned byte for byte.
  it.each([
    [
      "partial-user-configs",
      '{"workspace_id":"ws","source_config_template_id":"tpl","connection_configuration":{"api_key":"k"}}',
    ],
    [
      "embedded-sources",
      '{"workspace_id":"ws","source_template_id":"tpl","source_config":{"api_key":"k"},"name":"My source"}',
    ],
    [
      "agent-api",
      '{"workspace_name":"ws","source_template_id":"tpl","name":"My source","replication_config":{"api_key":"k"}}',
    ],
  ] as const)("%s sends exactly its body", (name, body) => {
    expect(JSON.stringify(flavours[name].buildBody(INPUT))).toBe(body);
  });

  it("leaves the name out when there is none", () => {
    const input = { ...INPUT, name: null };
    expect(JSON.stringify(flavours["embedded-sources"].buildBody(input))).toBe(
      '{"workspace_id":"ws","source_template_id":"tpl","source_config":{"api_key":"k"}}',
    );
    expect(JSON.stringify(flavours["agent-api"].buildBody(input))).toBe(
      '{"workspace_name":"ws","source_template_id":"tpl","replication_config":{"api_key":"k"}}',
    );
  });

  describe("agent-api body by template mode", () => {
    const build = (template: SourceTemplate, config: Record<string, unknown> = GITHUB_CONFIG) =>
      flavours["agent-api"].buildBody({ ...INPUT, name: null, template, config });

    it("REPLICATION (and an unknown mode): the whole config in replication_config", () => {
      for (const mode of ["REPLICATION", null] as const) {
        expect(build(githubTemplate(mode))).toEqual({
          workspace_name: "ws",
          source_template_id: "tpl",
          replication_config: GITHUB_CONFIG,
        });
      }
    });

    it.each(["DIRECT", "MULTI"] as const)(
      "%s: the user spec's top-level credentials go in credentials, the rest in replication_config",
      (mode) => {
        expect(build(githubTemplate(mode))).toEqual({
          workspace_name: "ws",
          source_template_id: "tpl",
          credentials: { personal_access_token: "ghp_x" },
          replication_config: { repositories: ["airbytehq/airbyte"] },
        });
        // Only credentials: no empty replication_config.
        expect(build(githubTemplate(mode), { credentials: { personal_access_token: "t" } })).toEqual({
          workspace_name: "ws",
          source_template_id: "tpl",
          credentials: { personal_access_token: "t" },
        });
      },
    );

    it("DIRECT: environment is sent beside credentials when the user spec declares it", () => {
      const spec: JSONSchema = {
        type: "object",
        properties: { credentials: { type: "object" }, environment: { type: "object" } },
      };
      expect(
        build(githubTemplate("DIRECT", spec), {
          credentials: { api_key: "k" },
          environment: { region: "eu" },
          extra: 1,
        }),
      ).toEqual({
        workspace_name: "ws",
        source_template_id: "tpl",
        credentials: { api_key: "k" },
        environment: { region: "eu" },
        replication_config: { extra: 1 },
      });
    });

    it("DIRECT: a config key the user spec does not declare at its top level stays in replication_config", () => {
      const spec: JSONSchema = { type: "object", properties: { api_key: { type: "string" } } };
      expect(build(githubTemplate("DIRECT", spec), { credentials: { a: "b" }, api_key: "k" })).toEqual({
        workspace_name: "ws",
        source_template_id: "tpl",
        replication_config: { credentials: { a: "b" }, api_key: "k" },
      });
      expect(build(githubTemplate("DIRECT", null), GITHUB_CONFIG)).toMatchObject({
        replication_config: GITHUB_CONFIG,
      });
    });
  });

  it("keeps each flavour's endpoint and config key; integrations is an alias of agent-api", () => {
    expect(flavours.integrations).toBe(flavours["agent-api"]);
    expect(
      Object.values(flavours).map(({ name, method, path, configKey, sendsTemplateDefaults }) => [
        name,
        method,
        path,
        configKey,
        sendsTemplateDefaults,
      ]),
    ).toEqual([
      ["agent-api", "POST", "/api/v1/integrations/connectors", "replication_config", false],
      ["agent-api", "POST", "/api/v1/integrations/connectors", "replication_config", false],
      [
        "partial-user-configs",
        "POST",
        "/api/v1/embedded/partial_user_configs/",
        "connection_configuration",
        false,
      ],
      ["embedded-sources", "POST", "/api/v1/embedded/sources", "source_config", false],
    ]);
    expect(flavours["agent-api"]).toMatchObject({
      workspace: "name",
      templatesPath: "/api/v1/integrations/templates/sources",
      checkPath: "/api/v1/integrations/connectors/check",
    });
  });

  it("reads the created source's id from each flavour's own keys, possibly wrapped in data", () => {
    expect(flavours["partial-user-configs"].parseResponse({ partial_user_config_id: "p" }).id).toBe("p");
    expect(flavours["embedded-sources"].parseResponse({ data: { sourceId: "s", source_name: "n" } })).toEqual(
      {
        id: "s",
        name: "n",
        sourceDefinitionId: null,
        raw: { data: { sourceId: "s", source_name: "n" } },
      },
    );
    const created = { id: "c", name: "n", source_template: { id: "t", source_definition_id: "d" } };
    expect(flavours["agent-api"].parseResponse(created)).toEqual({
      id: "c",
      name: "n",
      sourceDefinitionId: "d",
      raw: created,
    });
    expect(() => flavours["agent-api"].parseResponse({ sourceId: "s" })).toThrow(
      "Airbyte answered without the id of the created source.",
    );
  });
});
