// @vitest-environment node
import { describe, expect, it } from "vitest";
import { dropUntouchedValues } from "./dropUntouchedValues.js";

const schema = {
  type: "object",
  required: ["needed"],
  properties: {
    needed: { type: "array", items: { type: "string" } },
    schemas: { type: "array", minItems: 1, items: { type: "string" } },
    credentials: {
      type: "object",
      oneOf: [
        {
          properties: {
            auth: { const: "oauth" },
            port: { type: "integer", default: 443 },
            token: { type: "string" },
          },
        },
        { properties: { auth: { const: "key" }, key: { type: "string" } } },
      ],
    },
    nested: { type: "object", properties: { list: { type: "array", items: { type: "string" } } } },
  },
};

describe("dropUntouchedValues", () => {
  it("drops optional arrays of empty items and optional oneOfs holding only their constants and defaults", () => {
    expect(
      dropUntouchedValues(schema, {
        needed: [],
        schemas: [undefined],
        credentials: { auth: "oauth", port: 443, token: "" },
        nested: { list: [] },
      }),
    ).toEqual({ needed: [], nested: {} });
  });

  it("keeps anything the user typed", () => {
    const data = { schemas: ["PUBLIC"], credentials: { auth: "key", key: "abc" }, nested: { list: ["x"] } };
    expect(dropUntouchedValues(schema, data)).toEqual(data);
    expect(dropUntouchedValues(schema, { credentials: { auth: "oauth", port: 8443 } })).toEqual({
      credentials: { auth: "oauth", port: 8443 },
    });
  });
});

describe("fields named like Object.prototype members", () => {
  it("keeps a `__proto__` or `constructor` field as an own property of the result", () => {
    const protoSchema = JSON.parse(`{"type":"object","properties":{
      "__proto__":{"type":"object","properties":{"host":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}}},
      "constructor":{"type":"string"},"list":{"type":"array","items":{"type":"string"}}}}`);
    const data = JSON.parse('{"__proto__":{"host":"db","tags":[""]},"constructor":"also kept","list":[""]}');
    const out = dropUntouchedValues(protoSchema, data);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"host":"db"},"constructor":"also kept"}');
    // Not filled in: nothing is read from (or written over) the prototype.
    const empty = dropUntouchedValues(protoSchema, {});
    expect(Object.getPrototypeOf(empty)).toBe(Object.prototype);
    expect(JSON.stringify(empty)).toBe("{}");
  });

  it("does not read a field the schema lacks from Object.prototype", () => {
    const data = JSON.parse('{"__proto__":{"a":""}}');
    const out = dropUntouchedValues({ type: "object", properties: { other: { type: "string" } } }, data);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"a":""}}');
  });
});

describe("an optional object with required fields", () => {
  const authSchema = {
    type: "object",
    required: ["api_key"],
    properties: {
      api_key: { type: "string" },
      credentials: {
        type: "object",
        required: ["auth_method", "token"],
        properties: {
          auth_method: { type: "string", const: "token" },
          token: { type: "string", airbyte_secret: true },
          region: { type: "string", default: "eu" },
        },
      },
    },
  };

  it("is dropped while it holds only what RJSF seeded (its constant and defaults)", () => {
    expect(
      dropUntouchedValues(authSchema, {
        api_key: "k",
        credentials: { auth_method: "token", region: "eu", token: "" },
      }),
    ).toEqual({ api_key: "k" });
  });

  it("is kept, required children and all, once the user typed into it", () => {
    const typed = { api_key: "k", credentials: { auth_method: "token", region: "us" } };
    expect(dropUntouchedValues(authSchema, typed)).toEqual(typed);
    const withToken = { api_key: "k", credentials: { auth_method: "token", token: "t" } };
    expect(dropUntouchedValues(authSchema, withToken)).toEqual(withToken);
  });

  it("is kept when the parent requires it", () => {
    const requiredSchema = { ...authSchema, required: ["api_key", "credentials"] };
    const data = { api_key: "k", credentials: { auth_method: "token" } };
    expect(dropUntouchedValues(requiredSchema, data)).toEqual(data);
  });
});

describe("inside array items (GA4's custom reports)", () => {
  const expression = {
    type: "object",
    required: ["field_name", "filter"],
    properties: {
      field_name: { type: "string" },
      filter: {
        type: "object",
        oneOf: [
          {
            required: ["filter_name", "value"],
            properties: { filter_name: { const: "stringFilter" }, value: { type: "string" } },
          },
          {
            required: ["filter_name", "values"],
            properties: { filter_name: { const: "inListFilter" }, values: { type: "array" } },
          },
        ],
      },
    },
  };
  const reports = {
    type: "object",
    properties: {
      reports: {
        type: "array",
        items: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string" },
            metricFilter: {
              type: "object",
              oneOf: [
                { properties: { filter_type: { const: "andGroup" }, expressions: { type: "array" } } },
                { properties: { filter_type: { const: "notExpression" }, expression } },
              ],
            },
          },
        },
      },
    },
  };

  it("drops an optional object RJSF seeded with a nested option's constant", () => {
    const seeded = {
      reports: [
        {
          name: "a",
          metricFilter: {
            expression: { filter: { filter_name: "stringFilter" } },
            filter_type: "notExpression",
          },
        },
      ],
    };
    expect(dropUntouchedValues(reports, seeded)).toEqual({ reports: [{ name: "a" }] });
  });

  it("keeps what the user typed inside the items", () => {
    const typed = {
      reports: [
        {
          name: "a",
          metricFilter: {
            filter_type: "notExpression",
            expression: { field_name: "sessions", filter: { filter_name: "stringFilter", value: "x" } },
          },
        },
      ],
    };
    expect(dropUntouchedValues(reports, typed)).toEqual(typed);
  });
});
