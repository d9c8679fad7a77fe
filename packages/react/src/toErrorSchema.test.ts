import { isPlainObject, parsePointer } from "@credential-form/core/form";
// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type PointerError, toErrorSchema as toErrorSchemaWith } from "./toErrorSchema.js";

/** With core's helpers, as the submit's chunk and the edit code hand them in. */
const toErrorSchema = (errors: readonly PointerError[], schema: Record<string, unknown>) =>
  toErrorSchemaWith(errors, schema, { isPlainObject, parsePointer });

const schema = {
  type: "object",
  properties: {
    api_key: { type: "string" },
    credentials: {
      type: "object",
      oneOf: [
        { properties: { auth_type: { const: "a" }, token: { type: "string" } } },
        { properties: { auth_type: { const: "b" }, client_id: { type: "string" } } },
      ],
    },
    streams: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } },
  },
};

describe("toErrorSchema", () => {
  it("places pointer errors on fields, through oneOf options and array items", () => {
    const { errorSchema, count } = toErrorSchema(
      [
        { path: "/api_key", message: "API Key is required" },
        { path: "/credentials/client_id", message: "bad id" },
        { path: "/streams/1/name", message: "bad name" },
      ],
      schema,
    );
    expect(count).toBe(3);
    expect(errorSchema).toEqual({
      api_key: { __errors: ["API Key is required"] },
      credentials: { client_id: { __errors: ["bad id"] } },
      streams: { 1: { name: { __errors: ["bad name"] } } },
    });
  });

  it("puts errors of fields the form does not show on the closest shown ancestor, and dedupes", () => {
    const { errorSchema, count } = toErrorSchema(
      [
        { path: "/start_date", message: "must match format" },
        { path: "/start_date", message: "must match format" },
        { path: "", message: "whole config" },
      ],
      schema,
    );
    expect(count).toBe(2);
    expect(errorSchema).toEqual({ __errors: ["start_date: must match format", "whole config"] });
  });
});
