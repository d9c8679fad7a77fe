import {
  type JSONSchema,
  normalizeSpec,
  type RegistryClient,
  type SourceDefinition,
} from "@credential-form/core";
import { toSourceDefinition } from "@credential-form/core/internal";
import { getSource } from "@credential-form/test-utils";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { connectorSpecQuery, preparedFormQuery } from "./queries.js";

// Records when the OAuth code (the chunk an OAuth connector's form waits for) is first requested.
const oauthCode = vi.hoisted(() => ({ requested: false }));
vi.mock("./oauth/createFormOAuthController.js", async (importOriginal) => {
  oauthCode.requested = true;
  return importOriginal();
});

// Records when the submit's code (the chunk a first submit waits for) is first requested.
const submitCode = vi.hoisted(() => ({ requested: false }));
vi.mock("./submitForm.js", async (importOriginal) => {
  submitCode.requested = true;
  return importOriginal();
});

/** What a host's prefetch does: the query's own `queryFn`, with a registry answering `definition`. */
function prefetch(definition: SourceDefinition): Promise<SourceDefinition> {
  const registry: RegistryClient = { getSourceDefinition: async () => definition };
  return new QueryClient().fetchQuery(
    connectorSpecQuery({ registry, sourceDefinitionId: definition.sourceDefinitionId }),
  );
}

describe("connectorSpecQuery", () => {
  it("starts loading the submit's code once the spec is in, before any form renders", async () => {
    // First in the file: the other tests' prefetches load it too (once per page).
    expect(submitCode.requested).toBe(false);
    const definition = toSourceDefinition(getSource("airbyte/source-hellobaton"));
    let answer = (_: SourceDefinition): void => {};
    const registry: RegistryClient = {
      getSourceDefinition: () => new Promise((resolve) => (answer = resolve)),
    };
    const query = new QueryClient().fetchQuery(
      connectorSpecQuery({ registry, sourceDefinitionId: definition.sourceDefinitionId }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Not before: what it loads does not compete with the registry's answer and the spec engine.
    expect(submitCode.requested).toBe(false);
    answer(definition);
    expect(await query).toBe(definition);
    await vi.waitFor(() => expect(submitCode.requested).toBe(true));
  });

  it("leaves the OAuth code alone for a connector without advanced_auth", async () => {
    const definition = toSourceDefinition(getSource("airbyte/source-hellobaton"));
    expect(definition.spec.advancedAuth).toBeFalsy();
    expect(await prefetch(definition)).toBe(definition);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(oauthCode.requested).toBe(false);
  });

  it("starts loading an OAuth connector's OAuth code as soon as its spec is in, before any form renders", async () => {
    const definition = toSourceDefinition(getSource("airbyte/source-hubspot"));
    expect(definition.spec.advancedAuth).toBeTruthy();
    expect(await prefetch(definition)).toBe(definition);
    await vi.waitFor(() => expect(oauthCode.requested).toBe(true));
  });

  it("resolves a spec with a pattern the pre-check flags only once the exact analysis is loaded", async () => {
    const hellobaton = toSourceDefinition(getSource("airbyte/source-hellobaton"));
    // Safe (each repetition needs a "/", which the inner one cannot match), but flagged by `mayBacktrack`.
    const withPattern = (): JSONSchema => ({
      ...hellobaton.spec.connectionSpecification,
      properties: { path: { type: "string", pattern: "^data(\\/[\\w\\d]+)+$" } },
    });
    const dropped = (spec: object) => normalizeSpec(spec).warnings.some((w) => w.code === "unsafe_pattern");
    expect(dropped(withPattern())).toBe(true);
    const definition = {
      ...hellobaton,
      spec: { ...hellobaton.spec, connectionSpecification: withPattern() },
    };
    const fetched = await prefetch(definition);
    // What the form prepares from the query's data keeps the pattern.
    expect(dropped(fetched.spec.connectionSpecification)).toBe(false);
    expect(normalizeSpec(fetched.spec.connectionSpecification).schema.properties?.path?.pattern).toBe(
      "^data(\\/[\\w\\d]+)+$",
    );
  });

  it("resolves a spec nested 10,000 levels deep (no recursion overflows before normalizeSpec cuts it)", async () => {
    const hellobaton = toSourceDefinition(getSource("airbyte/source-hellobaton"));
    const deep = nested(10_000);
    // What the old recursive scan (`JSON.stringify` with a replacer) did with it.
    expect(() => JSON.stringify(deep, (_key, value: unknown) => value)).toThrow(RangeError);
    const definition = { ...hellobaton, spec: { ...hellobaton.spec, connectionSpecification: deep } };
    expect(await prefetch(definition)).toBe(definition);
  });
});

/** A schema nested `depth` objects deep, with a flagged pattern at the bottom. */
function nested(depth: number): JSONSchema {
  let node: JSONSchema = { type: "string", pattern: "^(a+)+$" };
  for (let i = 0; i < depth; i++) node = { type: "object", properties: { n: node } };
  return node;
}

describe("preparedFormQuery's key", () => {
  const definition = toSourceDefinition(getSource("airbyte/source-hellobaton"));
  const key = (partialDefaultConfig: Record<string, unknown>, userConfigSpec: JSONSchema | null) =>
    preparedFormQuery({ definition, template: { id: "t", partialDefaultConfig, userConfigSpec } }).queryKey;

  it("tells templates apart by content, and equal content gives the same key", () => {
    expect(key({ api_key: "a" }, null)).toEqual(key({ api_key: "a" }, null));
    expect(key({ api_key: "a" }, null)).not.toEqual(key({ api_key: "b" }, null));
    expect(key({ a: 1 }, null)).not.toEqual(key({ a: "1" }, null));
    expect(key({ a: [1, 2] }, null)).not.toEqual(key({ a: [12] }, null));
    expect(key({}, nested(3))).not.toEqual(key({}, nested(4)));
    // The key never holds a default value itself.
    expect(JSON.stringify(key({ api_key: "secret-value" }, null))).not.toContain("secret-value");
  });

  it("has a key for a user spec nested 10,000 levels deep", () => {
    expect(() => JSON.stringify(nested(10_000))).toThrow(RangeError);
    expect(key({}, nested(10_000))).toEqual(key({}, nested(10_000)));
  });
});
