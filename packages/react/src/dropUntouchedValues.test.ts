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
