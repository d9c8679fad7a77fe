// @vitest-environment node
import { createSandbox } from "@credential-form/sandbox";
import { allSources, mintScopedToken, sampleValidInput } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { createEmbeddedClient } from "../api/createEmbeddedClient.js";
import { planOAuth } from "../oauth/planOAuth.js";
import { getOwn } from "../shared/getOwn.js";
import { isPlainObject } from "../shared/isPlainObject.js";
import { applyOneOfChoices } from "./applyOneOfChoices.js";
import { constValue } from "./constValue.js";
import { findDiscriminator } from "./findDiscriminator.js";
import type { JSONSchema } from "./JSONSchema.js";
import { normalizeSpec } from "./normalizeSpec.js";
import { parsePointer } from "./parsePointer.js";
import { prepareForm } from "./prepareForm.js";
import { prepareSubmission } from "./prepareSubmission.js";
import { validateFullConfig } from "./validateFullConfig.js";

type Json = Record<string, unknown>;

const BASE = "https://api.sandbox.test";
const templateId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

/** The node at a pointer, through `properties` only. */
function nodeAt(schema: JSONSchema, pointer: string): JSONSchema {
  let node = schema;
  for (const key of parsePointer(pointer)) node = node.properties?.[key] as JSONSchema;
  return node;
}

/** The value at a pointer. */
function valueAt(config: unknown, pointer: string): unknown {
  let node = config;
  for (const key of parsePointer(pointer)) node = isPlainObject(node) ? getOwn(node, key) : undefined;
  return node;
}

/** A copy of `schema` whose oneOf at `pointer` offers only its option `index`: the form once that option is picked. */
function withOption(schema: JSONSchema, pointer: string, index: number): JSONSchema {
  const copy = structuredClone(schema);
  const node = nodeAt(copy, pointer);
  node.oneOf = [node.oneOf?.[index] as JSONSchema];
  return copy;
}

/** A valid value of one leaf schema. */
const leafValue = (schema: unknown) =>
  sampleValidInput({ type: "object", properties: { v: schema as JSONSchema }, required: ["v"] }).v;

/**
 * Every fixture connector whose OAuth option is one of several auth methods, with a template that defaults the
 * OAuth option as HubSpot's does: its discriminator and the operator's OAuth app (client id and secret).
 */
const cases = allSources().flatMap((source) => {
  const { schema } = normalizeSpec(source.spec.connectionSpecification);
  const plan = planOAuth(schema, source.spec.advanced_auth);
  if (!plan?.predicate || plan.oneOfPath === null || plan.optionIndex === null) return [];
  const options = (nodeAt(schema, plan.oneOfPath).oneOf ?? []) as JSONSchema[];
  if (options.length < 2) return [];
  const oauthOption = options[plan.optionIndex] as JSONSchema;
  const preset: Json = { [parsePointer(plan.predicate.path).at(-1) as string]: plan.predicate.value };
  const auth = source.spec.advanced_auth as { oauth_config_specification?: Json };
  const server = auth.oauth_config_specification?.complete_oauth_server_output_specification;
  for (const property of Object.values(isPlainObject(server) ? (server.properties as Json) : {})) {
    const path = (property as { path_in_connector_config: string[] }).path_in_connector_config;
    const key = path.at(-1) as string;
    const pointer = `/${path.slice(0, -1).join("/")}`;
    const declared = oauthOption.properties?.[key];
    if (pointer === plan.oneOfPath && declared) preset[key] = leafValue(declared);
  }
  const defaults: Json = {};
  let node = defaults;
  const steps = parsePointer(plan.oneOfPath);
  steps.forEach((key, i) => {
    node[key] = i === steps.length - 1 ? preset : {};
    node = node[key] as Json;
  });
  return [{ source, schema, plan, options, defaults }];
});

describe("applyOneOfChoices over every fixture spec where OAuth is one of several auth methods", () => {
  const sandbox = createSandbox({
    publicUrl: BASE,
    templates: cases.map((c, i) => ({
      id: templateId(i),
      source_definition_id: c.source.sourceDefinitionId,
      mode: "REPLICATION" as const,
      partial_default_config: c.defaults,
    })),
  });
  const fetchSandbox: typeof fetch = (input, init) => sandbox.handle(new Request(input, init));

  it("the fixture has such connectors (HubSpot among them)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.map((c) => c.source.dockerRepository)).toContain("airbyte/source-hubspot");
  });

  it.each(cases.map((c, i) => [c.source.dockerRepository, i] as const))("%s", async (_name, i) => {
    const { plan, options, schema: fullSpec } = cases[i] as (typeof cases)[number];
    const oneOfPath = plan.oneOfPath as string;
    const token = await mintScopedToken(sandbox, BASE, `oneof-user-${i}`);
    const client = createEmbeddedClient({ token, baseUrl: BASE, fetch: fetchSandbox });
    const template = await client.getSourceTemplate(templateId(i));
    const spec = allSources().find((s) => s.sourceDefinitionId === template.sourceDefinitionId)?.spec;
    const prepared = prepareForm(spec?.connectionSpecification, template);
    // The server's user spec keeps every auth method (the template's defaulted keys removed from each).
    const userOptions = nodeAt(prepared.schema, oneOfPath).oneOf ?? [];
    expect(userOptions.length).toBe(options.length);
    const discriminator = findDiscriminator(options);
    const oauthOnly = Object.keys(options[plan.optionIndex as number]?.properties ?? {});

    for (const [index, option] of options.entries()) {
      if (index === plan.optionIndex) continue;
      // What the user fills: the picked option (set even where the auth object is optional) and the rest.
      const formData = sampleValidInput(withOption(prepared.schema, oneOfPath, index), { seed: i });
      const picked = sampleValidInput({ type: "object", ...userOptions[index] }, { seed: i });
      const steps = parsePointer(oneOfPath);
      let parent = formData;
      for (const key of steps.slice(0, -1)) {
        parent[key] = isPlainObject(parent[key]) ? parent[key] : {};
        parent = parent[key] as Json;
      }
      parent[steps.at(-1) as string] = picked;
      const flavour = { sendsTemplateDefaults: false };
      // Without the pick the template's OAuth defaults win: the regression this guards against.
      const unpicked = prepareSubmission({ prepared, formData, flavour });
      expect(valueAt(unpicked.config, plan.predicate?.path ?? "")).toBe(plan.predicate?.value);

      const submission = prepareSubmission({ prepared, formData, flavour, choices: { [oneOfPath]: index } });
      expect(submission.errors).toEqual([]);
      expect(validateFullConfig(fullSpec, submission.config).errors).toEqual([]);
      const chosen = valueAt(submission.config, oneOfPath) as Json;
      const own = new Set(Object.keys(option.properties ?? {}));
      for (const key of oauthOnly.filter((k) => !own.has(k))) expect(chosen, key).not.toHaveProperty(key);
      if (discriminator)
        expect(chosen[discriminator]).toEqual(constValue(option.properties?.[discriminator]));
      // The OAuth option's defaulted keys travel as null, so the server's merge drops them.
      const sent = valueAt(submission.payload, oneOfPath) as Json;
      for (const key of Object.keys(valueAt(prepared.defaults, oneOfPath) as Json))
        if (!own.has(key)) expect(sent[key], key).toBeNull();

      // The sandbox merges its (unmasked) defaults with the payload, validates against the full spec and stores.
      const created = await client.createSource({
        templateId: template.id,
        template,
        config: submission.payload,
        name: `other option ${index}`,
        check: "off",
      });
      const stored = (await sandbox.store.list("sources")).find((s) => s.id === created.id);
      const storedAuth = valueAt(stored?.configuration, oneOfPath) as Json;
      for (const key of oauthOnly.filter((k) => !own.has(k))) expect(storedAuth, key).not.toHaveProperty(key);
      expect(validateFullConfig(fullSpec, stored?.configuration).errors).toEqual([]);
    }
  });
});

describe("applyOneOfChoices", () => {
  const fullSchema: JSONSchema = {
    type: "object",
    properties: {
      credentials: {
        type: "object",
        oneOf: [
          {
            title: "OAuth",
            properties: { kind: { const: "oauth" }, client_id: { type: "string" } },
          },
          {
            title: "Token",
            properties: { kind: { const: "token" }, token: { type: "string" } },
          },
        ],
      },
    },
  };
  const defaults = { credentials: { kind: "oauth", client_id: "app" } };

  it("a pick of the option the defaults give, or no pick, changes nothing", () => {
    const config = { credentials: { client_id: "typed" } };
    for (const choices of [{}, { "/credentials": 0 }]) {
      expect(applyOneOfChoices({ schema: fullSchema, fullSchema, defaults, config, choices })).toEqual({
        config: { credentials: { kind: "oauth", client_id: "typed" } },
        payload: config,
      });
    }
  });

  it("another option: its discriminator set, the other option's defaults dropped (null in the payload)", () => {
    const config = { credentials: { token: "t" } };
    const applied = applyOneOfChoices({
      schema: fullSchema,
      fullSchema,
      defaults,
      config,
      choices: { "/credentials": 1 },
    });
    expect(applied.config).toEqual({ credentials: { kind: "token", token: "t" } });
    expect(applied.payload).toEqual({ credentials: { kind: "token", token: "t", client_id: null } });
    expect(config).toEqual({ credentials: { token: "t" } });
  });

  it("the user schema's option is found in the full spec by its title when the user schema offers fewer", () => {
    const credentials = fullSchema.properties?.credentials as JSONSchema;
    const schema: JSONSchema = {
      type: "object",
      properties: { credentials: { ...credentials, oneOf: [{ title: "Token", properties: {} }] } },
    };
    const applied = applyOneOfChoices({
      schema,
      fullSchema,
      defaults,
      config: {},
      choices: { "/credentials": 0 },
    });
    expect(applied.config).toEqual({ credentials: { kind: "token" } });
  });

  it("ignores a pick at a place without a oneOf, an unknown index or defaults", () => {
    const config = { credentials: { token: "t" } };
    for (const choices of [{ "/nowhere": 1 }, { "/credentials": 7 }]) {
      const applied = applyOneOfChoices({ schema: fullSchema, fullSchema, defaults, config, choices });
      expect(applied.payload).toBe(config);
    }
    const none = applyOneOfChoices({
      schema: fullSchema,
      fullSchema,
      defaults: {},
      config,
      choices: { "/credentials": 1 },
    });
    expect(none).toEqual({ config, payload: config });
  });
});
