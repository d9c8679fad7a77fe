// @vitest-environment node
import { allSources, sampleValidInput } from "@credential-form/test-utils";
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
});
