// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { scrubSecrets } from "../api/scrubSecrets.js";
import type { JSONSchema } from "./JSONSchema.js";
import { REDACTED, redactSecrets } from "./redactSecrets.js";
import { secretValues } from "./secretValues.js";

const github = getSource("airbyte/source-github").spec.connectionSpecification as JSONSchema;
const config = {
  credentials: { option_title: "OAuth Credentials", access_token: "gho_token", client_secret: "cs_1" },
  repositories: ["airbytehq/airbyte"],
  start_date: "2021-03-01T00:00:00Z",
};

describe("secretValues / redactSecrets", () => {
  it("collects the values of airbyte_secret fields, inside oneOf options too", () => {
    expect(secretValues(github, config).sort()).toEqual(["cs_1", "gho_token"]);
  });

  it("walks array items and ignores empty values", () => {
    const schema: JSONSchema = {
      type: "object",
      properties: {
        keys: {
          type: "array",
          items: { type: "object", properties: { token: { type: "string", airbyte_secret: true } } },
        },
        pin: { type: "integer", airbyte_secret: true },
        empty: { type: "string", airbyte_secret: true },
      },
    };
    expect(secretValues(schema, { keys: [{ token: "t1" }, { token: "t2" }], pin: 1234, empty: "" })).toEqual([
      "t1",
      "t2",
      "1234",
    ]);
  });

  it("redacts secrets in a copy, leaving everything else untouched", () => {
    const redacted = redactSecrets(github, config);
    expect(redacted).toEqual({
      ...config,
      credentials: { option_title: "OAuth Credentials", access_token: REDACTED, client_secret: REDACTED },
    });
    expect(config.credentials.access_token).toBe("gho_token");
    expect(JSON.stringify(redacted)).not.toMatch(/gho_token|cs_1/);
  });
});

describe("one mask", () => {
  it("redacts texts (scrubSecrets) with the mask of redacted configs, longest secret first", () => {
    // "gho_token" contains "token": replacing the shorter one first would leak "gho_".
    expect(scrubSecrets("bad gho_token here", ["token", "gho_token"])).toBe(`bad ${REDACTED} here`);
    expect(redactSecrets(github, config).credentials.access_token).toBe(REDACTED);
  });
});
