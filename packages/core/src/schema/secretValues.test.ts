// @vitest-environment node
import { getSource } from "@credential-form/test-utils";
import { describe, expect, it } from "vitest";
import { scrubSecrets } from "../api/scrubSecrets.js";
import { omitSecretPaths } from "../oauth/omitSecretPaths.js";
import type { JSONSchema } from "./JSONSchema.js";
import { prepareForm } from "./prepareForm.js";
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

describe("secrets reached through a $ref (definitions, $defs, refs to refs)", () => {
  const spec: JSONSchema = {
    type: "object",
    definitions: {
      token: { type: "string", airbyte_secret: true },
      alias: { $ref: "#/definitions/token" },
      creds: {
        type: "object",
        properties: { key: { $ref: "#/definitions/alias" }, user: { type: "string" } },
      },
      // A cycle: forms no longer follow the ref closing it (normalizeSpec drops it); secret detection still does.
      tree: {
        type: "object",
        properties: { pin: { $ref: "#/$defs/pin" }, child: { $ref: "#/definitions/tree" } },
      },
    },
    $defs: { pin: { type: "string", airbyte_secret: true } },
    properties: {
      api_key: { $ref: "#/definitions/token", title: "API key" },
      credentials: { $ref: "#/definitions/creds" },
      keys: { type: "array", items: { $ref: "#/definitions/alias" } },
      extra: { type: "object", additionalProperties: { $ref: "#/definitions/token" } },
      either: { anyOf: [{ $ref: "#/definitions/creds" }, { type: "null" }] },
      tree: { $ref: "#/definitions/tree" },
      name: { type: "string" },
    },
  };
  const config = {
    api_key: "ak-1",
    credentials: { key: "ck-2", user: "alice" },
    keys: ["lk-3", "lk-4"],
    extra: { a: "xk-5" },
    either: { key: "ek-6", user: "bob" },
    tree: { pin: "tp-7", child: { pin: "tp-8", child: { child: { pin: "tp-10" } } } },
    name: "public-9",
  };

  it("secretValues finds each, and nothing else", () => {
    expect(secretValues(spec, config).sort()).toEqual([
      "ak-1",
      "ck-2",
      "ek-6",
      "lk-3",
      "lk-4",
      "tp-10",
      "tp-7",
      "tp-8",
      "xk-5",
    ]);
  });

  it("redactSecrets redacts each", () => {
    expect(redactSecrets(spec, config)).toEqual({
      api_key: REDACTED,
      credentials: { key: REDACTED, user: "alice" },
      keys: [REDACTED, REDACTED],
      extra: { a: REDACTED },
      either: { key: REDACTED, user: "bob" },
      tree: { pin: REDACTED, child: { pin: REDACTED, child: { child: { pin: REDACTED } } } },
      name: "public-9",
    });
  });

  it("prepareForm's secretPaths list each (what storage and the OAuth draft leave out)", () => {
    expect([...prepareForm(spec).secretPaths].sort()).toEqual([
      "/api_key",
      "/credentials/key",
      "/either/key",
      // Any key of the map (its additionalProperties are secrets).
      "/extra/*",
      "/keys/*",
      // Below the cycle cut, at any depth of the tree.
      "/tree/child/**/pin",
      "/tree/pin",
    ]);
    // …so that nothing secretValues finds is left where they are omitted.
    expect(secretValues(spec, omitSecretPaths(config, prepareForm(spec).secretPaths))).toEqual([]);
  });
});

describe("secrets in patternProperties maps and tuples", () => {
  const spec: JSONSchema = {
    type: "object",
    properties: {
      headers: {
        type: "object",
        properties: { accept: { type: "string" } },
        patternProperties: { "^x-": { type: "string", airbyte_secret: true } },
      },
      pair: {
        type: "array",
        items: [{ type: "string" }, { type: "string", airbyte_secret: true }],
        additionalItems: { type: "object", properties: { pin: { type: "string", airbyte_secret: true } } },
      },
    },
  };
  const config = {
    headers: { accept: "text/plain", "x-api-key": "xk-pattern-1" },
    pair: ["user-1", "pw-tuple-2", { pin: "pin-extra-3", label: "public" }, { pin: "pin-extra-4" }],
  };

  it("secretValues finds the pattern entry, the tuple's secret position and secrets in additionalItems", () => {
    expect(secretValues(spec, config).sort()).toEqual([
      "pin-extra-3",
      "pin-extra-4",
      "pw-tuple-2",
      "xk-pattern-1",
    ]);
  });

  it("redactSecrets redacts them and keeps the named property and the tuple's public positions", () => {
    expect(redactSecrets(spec, config)).toEqual({
      headers: { accept: "text/plain", "x-api-key": REDACTED },
      pair: ["user-1", REDACTED, { pin: REDACTED, label: "public" }, { pin: REDACTED }],
    });
  });

  it("a template-set secret in a pattern entry is scrubbed from a server's echo", () => {
    const [secret] = secretValues(spec, { headers: { "x-token": "tok-from-template-5" } });
    expect(secret).toBe("tok-from-template-5");
    expect(scrubSecrets("bad header tok-from-template-5", [String(secret)])).not.toContain(
      "tok-from-template-5",
    );
  });
});

describe("secrets declared only in a conditional branch (then, else, dependencies, dependentSchemas)", () => {
  // Each secret is declared nowhere but in a branch, so only following the branch finds it. `airbyte_secret: "true"`
  // (a string, as some specs write it) is normalised inside the branches too.
  const stringTrue = "true" as unknown as boolean;
  const spec: JSONSchema = {
    type: "object",
    properties: {
      auth_type: { type: "string", enum: ["key", "password"] },
      name: { type: "string" },
      proxy: { type: "boolean" },
      tunnel: {
        type: "object",
        properties: { method: { type: "string" } },
        if: { properties: { method: { const: "ssh" } } },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
        then: { properties: { ssh_key: { type: "string", airbyte_secret: true } } },
        else: { properties: { tunnel_password: { type: "string", airbyte_secret: stringTrue } } },
      },
      plan: { type: "string" },
    },
    if: { properties: { auth_type: { const: "key" } } },
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
    then: { properties: { api_key: { type: "string", airbyte_secret: true } } },
    else: { properties: { password: { $ref: "#/definitions/secret" } } },
    dependencies: {
      // The array form names keys that are then required: no schema, nothing to follow.
      name: ["auth_type"],
      proxy: {
        oneOf: [
          { properties: { proxy: { const: true }, proxy_token: { type: "string", airbyte_secret: true } } },
          { properties: { proxy: { const: false } } },
        ],
      },
      auth_type: { properties: { dep_secret: { type: "string", airbyte_secret: stringTrue } } },
    },
    dependentSchemas: {
      plan: {
        properties: { billing: { type: "object", properties: { card: { $ref: "#/definitions/secret" } } } },
      },
    },
    definitions: { secret: { type: "string", airbyte_secret: true } },
  };
  const config = {
    auth_type: "key",
    name: "public-name",
    proxy: true,
    plan: "pro",
    api_key: "then-secret-1",
    password: "else-secret-2",
    proxy_token: "dep-oneof-secret-3",
    dep_secret: "dep-secret-4",
    billing: { card: "dependent-schema-secret-5", holder: "public-holder" },
    tunnel: { method: "ssh", ssh_key: "nested-then-secret-6", tunnel_password: "nested-else-secret-7" },
  };

  it("secretValues finds each, and nothing else", () => {
    expect(secretValues(spec, config).sort()).toEqual([
      "dep-oneof-secret-3",
      "dep-secret-4",
      "dependent-schema-secret-5",
      "else-secret-2",
      "nested-else-secret-7",
      "nested-then-secret-6",
      "then-secret-1",
    ]);
  });

  it("redactSecrets redacts each, whichever branch the value takes, and keeps the rest", () => {
    expect(redactSecrets(spec, config)).toEqual({
      ...config,
      api_key: REDACTED,
      password: REDACTED,
      proxy_token: REDACTED,
      dep_secret: REDACTED,
      billing: { card: REDACTED, holder: "public-holder" },
      tunnel: { method: "ssh", ssh_key: REDACTED, tunnel_password: REDACTED },
    });
  });

  it("a server's echo of a branch's secret is scrubbed", () => {
    const secrets = secretValues(spec, { auth_type: "password", password: "pw-echoed-8" });
    expect(secrets).toEqual(["pw-echoed-8"]);
    expect(scrubSecrets("invalid password pw-echoed-8", secrets)).toBe(`invalid password ${REDACTED}`);
  });

  it("prepareForm's secretPaths list each, so that omitting them leaves no secret", () => {
    expect([...prepareForm(spec).secretPaths].sort()).toEqual([
      "/api_key",
      "/billing/card",
      "/dep_secret",
      "/password",
      "/proxy_token",
      "/tunnel/ssh_key",
      "/tunnel/tunnel_password",
    ]);
    expect(secretValues(spec, omitSecretPaths(config, prepareForm(spec).secretPaths))).toEqual([]);
  });

  it("a secret under a branch's recursive $ref stays secret at every depth", () => {
    const recursive: JSONSchema = {
      type: "object",
      properties: { kind: { type: "string" } },
      dependentSchemas: { kind: { properties: { node: { $ref: "#/definitions/node" } } } },
      definitions: {
        node: {
          type: "object",
          if: { required: ["next"] },
          // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable.
          then: {
            properties: {
              pin: { type: "string", airbyte_secret: true },
              next: { $ref: "#/definitions/node" },
            },
          },
        },
      },
    };
    const value = { kind: "k", node: { next: { next: { pin: "deep-pin-9" }, pin: "pin-10" } } };
    expect(secretValues(recursive, value).sort()).toEqual(["deep-pin-9", "pin-10"]);
    expect(secretValues(recursive, omitSecretPaths(value, prepareForm(recursive).secretPaths))).toEqual([]);
  });
});
