// @vitest-environment node
import { allSources, getSource, sampleValidInput } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import type { JSONSchema } from "../schema/JSONSchema.js";
import { prepareForm } from "../schema/prepareForm.js";
import { secretValues } from "../schema/secretValues.js";
import { omitSecretPaths } from "./omitSecretPaths.js";

describe("omitSecretPaths", () => {
  it("drops the values at the secret paths (array items and __proto__ included), keeps the rest, copies", () => {
    const config = JSON.parse(
      '{"a":{"token":"t1","name":"n"},"keys":[{"token":"t2","id":1},{"id":2}],"__proto__":{"token":"t3"}}',
    );
    const out = omitSecretPaths(config, ["/a/token", "/keys/*/token", "/__proto__/token", "/missing/x"]);
    expect(JSON.stringify(out)).toBe('{"a":{"name":"n"},"keys":[{"id":1},{"id":2}],"__proto__":{}}');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(config.a.token).toBe("t1");
  });

  it("reads `*` as any key of an object too (a map's entries), and as any array item", () => {
    const config = JSON.parse(
      '{"m":{"a":{"pin":"p1","id":1},"__proto__":{"pin":"p2"},"*":{"pin":"p3"}},"l":[{"pin":"p4"}]}',
    );
    expect(JSON.stringify(omitSecretPaths(config, ["/m/*/pin", "/l/*/pin"]))).toBe(
      '{"m":{"a":{"id":1},"__proto__":{},"*":{}},"l":[{}]}',
    );
    expect(JSON.stringify(omitSecretPaths(config, ["/m/*"]))).toBe('{"m":{},"l":[{"pin":"p4"}]}');
    // A path ending in `*` names the items themselves (a list of secrets): none is kept.
    expect(omitSecretPaths({ keys: ["k1", "k2"], ids: [1] }, ["/keys/*"])).toEqual({ keys: [], ids: [1] });
    expect(config.m.a.pin).toBe("p1");
  });

  it("leaves out what the user typed under a map or tuple whose schema holds a secret, keeps the rest", () => {
    const secret: JSONSchema = { type: "string", airbyte_secret: true };
    const schema: JSONSchema = {
      type: "object",
      definitions: { secret },
      properties: {
        headers: { type: "object", additionalProperties: secret },
        byRef: { type: "object", additionalProperties: { $ref: "#/definitions/secret" } },
        tenants: {
          type: "object",
          additionalProperties: { type: "object", properties: { key: secret, name: { type: "string" } } },
        },
        patterned: { type: "object", patternProperties: { "^x-": secret } },
        tuple: { type: "array", items: [{ type: "string" }, secret] },
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
      },
    };
    const config = {
      headers: { Authorization: "Bearer hdr-secret-1" },
      byRef: { anything: "ref-secret-2" },
      tenants: { acme: { key: "tenant-secret-3", name: "Acme" } },
      patterned: { "x-api-key": "pattern-secret-4" },
      tuple: ["public-first", "tuple-secret-5"],
      list: [{ key: "item-secret-6", id: "i1" }],
      auth: { kind: "oauth", refresh_token: "oneof-secret-7" },
      name: "public-name",
    };
    const out = omitSecretPaths(config, prepareForm(schema).secretPaths);
    expect(JSON.stringify(out)).not.toMatch(/secret-\d/);
    expect(out).toEqual({
      headers: {},
      byRef: {},
      tenants: { acme: { name: "Acme" } },
      patterned: {},
      // A tuple's items are any item (over-approximated): the public one goes too.
      tuple: [],
      list: [{ id: "i1" }],
      auth: { kind: "oauth" },
      name: "public-name",
    });
  });

  it("leaves no secret value of any fixture connector's sample input (every oneOf option's secrets)", () => {
    let withSecrets = 0;
    for (const source of allSources()) {
      const schema = source.spec.connectionSpecification as JSONSchema;
      const prepared = prepareForm(schema);
      for (const seed of [1, 2, 3]) {
        const input = sampleValidInput(schema, { seed });
        if (secretValues(schema, input).length > 0) withSecrets++;
        expect(secretValues(schema, omitSecretPaths(input, prepared.secretPaths)), source.name).toEqual([]);
      }
    }
    expect(withSecrets).toBeGreaterThan(100);
  });

  it("leaves no secret below a recursive $ref (the cycle normalizeSpec cuts), at any depth", () => {
    // GitHub's spec with a recursive filter tree whose nodes carry a secret, and a list of them reached by ref.
    const github = structuredClone(getSource("airbyte/source-github").spec.connectionSpecification) as {
      properties: Record<string, unknown>;
    };
    const schema = {
      ...github,
      properties: {
        ...github.properties,
        filter: { $ref: "#/definitions/filter" },
        filters: { type: "array", items: { $ref: "#/definitions/filter" } },
      },
      definitions: {
        filter: {
          type: "object",
          properties: {
            field: { type: "string" },
            lookup_token: { $ref: "#/definitions/token" },
            and: { type: "array", items: { $ref: "#/definitions/filter" } },
            not: { $ref: "#/definitions/filter" },
          },
        },
        token: { type: "string", airbyte_secret: true },
      },
    } as JSONSchema;
    const leaf = (n: number) => ({ field: `f${n}`, lookup_token: `deep-secret-${n}` });
    const config = {
      credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_top" },
      repositories: ["airbytehq/airbyte"],
      filter: { ...leaf(1), not: { ...leaf(2), and: [leaf(3), { ...leaf(4), not: leaf(5) }] } },
      filters: [{ ...leaf(6), and: [{ ...leaf(7), not: { not: leaf(8) } }] }],
    };
    const secrets = secretValues(schema, config);
    expect(secrets).toHaveLength(9);
    const out = omitSecretPaths(config, prepareForm(schema).secretPaths);
    expect(secretValues(schema, out)).toEqual([]);
    // The rest of the tree is kept.
    expect(JSON.stringify(out).match(/"field":"f\d"/g)).toHaveLength(8);
    expect(out.repositories).toEqual(["airbytehq/airbyte"]);
  });
});
