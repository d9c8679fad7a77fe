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
