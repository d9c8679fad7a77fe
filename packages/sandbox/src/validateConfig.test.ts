// @vitest-environment node

import { allSources, getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { maskSecrets } from "./maskSecrets.js";
import { mergeDefaults } from "./mergeDefaults.js";
import { seedTemplates } from "./seedTemplates.js";
import { validateConfig } from "./validateConfig.js";

const loc = { locPrefix: ["body", "config"] };

describe("validateConfig over the real registry", () => {
  it("compiles all 208 real specs (duplicate required, u-invalid patterns, odd types) and enforces their required fields", () => {
    let withRequired = 0;
    for (const source of allSources()) {
      const spec = source.spec.connectionSpecification;
      const errors = validateConfig(spec, {}, loc);
      for (const error of errors) {
        expect(error.loc.slice(0, 2), source.dockerRepository).toEqual(["body", "config"]);
        expect(typeof error.msg).toBe("string");
      }
      // A validator that fell back to accepting everything would pass the loop above: an empty config must be
      // rejected with one "missing" error per required root field.
      const required = Array.isArray(spec.required)
        ? [...new Set(spec.required.filter((name): name is string => typeof name === "string"))]
        : [];
      if (required.length === 0) continue;
      withRequired++;
      const missing = errors.filter((error) => error.type === "missing").map((error) => error.loc.slice(2));
      expect(missing, source.dockerRepository).toEqual(
        expect.arrayContaining(required.map((name) => [name])),
      );
    }
    expect(withRequired).toBeGreaterThan(150);
  });

  it("accepts each seeded template's defaults merged with its example input, and rejects the defaults alone", () => {
    for (const seed of seedTemplates) {
      const spec = getSource(seed.docker_repository ?? "").spec.connectionSpecification;
      const defaults = seed.partial_default_config ?? {};
      expect(
        validateConfig(spec, mergeDefaults(defaults, seed.example_user_config ?? {}), loc),
        seed.name,
      ).toEqual([]);
      expect(validateConfig(spec, defaults, { ...loc, ignoreMissing: true }), seed.name).toEqual([]);
      expect(validateConfig(spec, defaults, loc).length, seed.name).toBeGreaterThan(0);
    }
  });

  it("still enforces a pattern that is invalid under the u flag (kyriba)", () => {
    const spec = getSource("airbyte/source-kyriba").spec.connectionSpecification;
    const base = { domain: "demo.kyriba.com", username: "u", password: "p" };
    expect(validateConfig(spec, { ...base, start_date: "2021-01-31" }, loc)).toEqual([]);
    expect(validateConfig(spec, { ...base, start_date: "2021-31-01" }, loc).map((e) => e.loc)).toEqual([
      ["body", "config", "start_date"],
    ]);
  });

  it("reports an unknown oneOf discriminator on the discriminator itself", () => {
    const spec = getSource("airbyte/source-google-analytics-data-api").spec.connectionSpecification;
    const errors = validateConfig(spec, { credentials: { auth_type: "Magic" }, property_ids: ["1"] }, loc);
    expect(errors).toEqual([
      {
        loc: ["body", "config", "credentials", "auth_type"],
        msg: "Input should be 'Client' or 'Service'",
        type: "literal_error",
      },
    ]);
  });

  it("reports nested oneOf errors inside array items with numeric indexes", () => {
    const spec = getSource("airbyte/source-mongodb-v2").spec.connectionSpecification;
    const errors = validateConfig(
      spec,
      { database_config: { cluster_type: "SELF_MANAGED_REPLICA_SET", databases: [1] } },
      loc,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          loc: ["body", "config", "database_config", "connection_string"],
          msg: "Field required",
          type: "missing",
        },
        {
          loc: ["body", "config", "database_config", "databases", 0],
          msg: "Input should be a valid string",
          type: "string_type",
        },
      ]),
    );
    expect(errors.some((e) => e.loc.includes("username"))).toBe(false);
  });

  it("never quotes the submitted values in messages", () => {
    const spec = getSource("airbyte/source-github").spec.connectionSpecification;
    const secret = "s3cr3t-value-that-must-not-leak";
    const errors = validateConfig(
      spec,
      { credentials: { option_title: secret }, repositories: [secret], start_date: secret },
      loc,
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(errors)).not.toContain(secret);
  });
});

describe("maskSecrets and mergeDefaults", () => {
  it("masks airbyte_secret values in every oneOf option and keeps the rest", () => {
    const spec = getSource("airbyte/source-clickhouse").spec.connectionSpecification;
    const masked = maskSecrets(spec, {
      host: "h",
      password: "pw",
      tunnel_method: { tunnel_method: "SSH_KEY_AUTH", ssh_key: "KEY", tunnel_user: "me" },
    });
    expect(masked).toEqual({
      host: "h",
      password: "**********",
      tunnel_method: { tunnel_method: "SSH_KEY_AUTH", ssh_key: "**********", tunnel_user: "me" },
    });
  });

  it("merges deeply, the user wins, arrays are replaced, a masked secret keeps the template's value", () => {
    expect(
      mergeDefaults(
        { a: { b: 1, c: [1, 2] }, secret: "real", keep: true },
        { a: { c: [3] }, secret: "**********", extra: "x" },
      ),
    ).toEqual({ a: { b: 1, c: [3] }, secret: "real", keep: true, extra: "x" });
  });

  it("null removes a key the defaults set (deeply); null for any other key is kept as sent", () => {
    expect(
      mergeDefaults(
        { credentials: { title: "OAuth", client_id: "id", client_secret: "s" }, keep: 1 },
        { credentials: { title: "Token", client_id: null, client_secret: null, token: "t" }, other: null },
      ),
    ).toEqual({ credentials: { title: "Token", token: "t" }, keep: 1, other: null });
  });
});

describe("maskSecrets over conditionals", () => {
  it("masks a secret declared only in then, else, dependencies (oneOf inside it too) or dependentSchemas", () => {
    const spec = {
      type: "object",
      properties: { mode: { type: "string" }, name: { type: "string" } },
      if: { properties: { mode: { const: "key" } } },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
      then: { properties: { api_key: { type: "string", airbyte_secret: true } } },
      else: { properties: { password: { type: "string", airbyte_secret: true } } },
      dependencies: {
        name: ["mode"],
        mode: {
          oneOf: [{ properties: { token: { type: "string", airbyte_secret: true } } }],
          properties: {
            creds: { type: "object", properties: { pin: { type: "string", airbyte_secret: true } } },
          },
        },
      },
      dependentSchemas: { name: { properties: { cookie: { type: "string", airbyte_secret: true } } } },
    };
    expect(
      maskSecrets(spec, {
        mode: "key",
        name: "public",
        api_key: "ak",
        password: "pw",
        token: "tk",
        creds: { pin: "1234", user: "me" },
        cookie: "ck",
      }),
    ).toEqual({
      mode: "key",
      name: "public",
      api_key: "**********",
      password: "**********",
      token: "**********",
      creds: { pin: "**********", user: "me" },
      cookie: "**********",
    });
  });
});
