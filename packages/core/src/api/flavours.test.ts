// @vitest-environment node
import { describe, expect, it } from "vitest";
import { flavours } from "./flavours.js";
import type { FlavourBodyInput } from "./types.js";

const INPUT: FlavourBodyInput = {
  workspaceId: "ws",
  templateId: "tpl",
  config: { api_key: "k" },
  name: "My source",
  workspaceField: "external_user_id",
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
      "integrations",
      '{"source_template_id":"tpl","credentials":{"api_key":"k"},"name":"My source","external_user_id":"ws"}',
    ],
  ] as const)("%s sends exactly its body", (name, body) => {
    expect(JSON.stringify(flavours[name].buildBody(INPUT))).toBe(body);
  });

  it("leaves the name out when there is none", () => {
    const input = { ...INPUT, name: null, workspaceField: "workspace_name" } as const;
    expect(JSON.stringify(flavours["embedded-sources"].buildBody(input))).toBe(
      '{"workspace_id":"ws","source_template_id":"tpl","source_config":{"api_key":"k"}}',
    );
    expect(JSON.stringify(flavours.integrations.buildBody(input))).toBe(
      '{"source_template_id":"tpl","credentials":{"api_key":"k"},"workspace_name":"ws"}',
    );
  });

  it("keeps each flavour's endpoint and config key", () => {
    expect(
      Object.values(flavours).map(({ name, method, path, configKey, sendsTemplateDefaults }) => [
        name,
        method,
        path,
        configKey,
        sendsTemplateDefaults,
      ]),
    ).toEqual([
      [
        "partial-user-configs",
        "POST",
        "/api/v1/embedded/partial_user_configs/",
        "connection_configuration",
        false,
      ],
      ["embedded-sources", "POST", "/api/v1/embedded/sources", "source_config", false],
      ["integrations", "POST", "/api/v1/integrations/connectors", "credentials", false],
    ]);
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
    expect(
      flavours.integrations.parseResponse({ connector_id: "c", definition_id: "d" }).sourceDefinitionId,
    ).toBe("d");
    expect(() => flavours.integrations.parseResponse({ sourceId: "s" })).toThrow(
      "Airbyte answered without the id of the created source.",
    );
  });
});
