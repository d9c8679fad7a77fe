// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CredentialApiError } from "./CredentialApiError.js";
import { normalizeApiError } from "./normalizeApiError.js";
import { toConfigPointer } from "./toConfigPointer.js";

const JSON_TYPE = "application/json";

describe("normalizeApiError", () => {
  it("reads RFC 9457 problem+json (detail over a slug title) and the request id", () => {
    const error = normalizeApiError({
      status: 400,
      contentType: "application/problem+json",
      body: JSON.stringify({
        type: "https://reference.airbyte.com/reference/errors",
        title: "bad-request",
        status: 400,
        detail: "The template does not exist in this workspace.",
      }),
      headers: new Headers({ "x-request-id": "req-123" }),
    });
    expect(error).toBeInstanceOf(CredentialApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation",
      retryable: false,
      requestId: "req-123",
      fieldErrors: [],
    });
    expect(error.message).toBe("The template does not exist in this workspace.");
  });

  it("reads problem+json field errors (errors[].pointer and invalid-params)", () => {
    const error = normalizeApiError({
      status: 422,
      contentType: "application/problem+json",
      body: JSON.stringify({
        title: "Validation failed",
        errors: [{ pointer: "#/connection_configuration/start_date", detail: "must be a date" }],
        "invalid-params": [{ name: "source_config.credentials.api_key", reason: "is required" }],
      }),
      headers: new Headers({ "request-id": "r-9" }),
    });
    expect(error.fieldErrors).toEqual([
      { path: "/start_date", message: "must be a date" },
      { path: "/credentials/api_key", message: "is required" },
    ]);
    expect(error.message).toBe("The server rejected 2 fields.");
    expect(error.requestId).toBe("r-9");
  });

  it("reads FastAPI {detail: text}", () => {
    const error = normalizeApiError({
      status: 404,
      contentType: JSON_TYPE,
      body: '{"detail": "Source template not found"}',
    });
    expect(error).toMatchObject({ code: "not_found", message: "Source template not found" });
  });

  it("reads FastAPI {detail: [{loc, msg, type}]} and strips the body/config prefix", () => {
    const error = normalizeApiError({
      status: 422,
      contentType: JSON_TYPE,
      body: JSON.stringify({
        detail: [
          {
            loc: ["body", "connection_configuration", "credentials", "api_key"],
            msg: "Field required",
            type: "missing",
          },
          {
            loc: ["body", "connection_configuration", "streams", 0, "name"],
            msg: "String too short",
            type: "string_too_short",
          },
          { loc: ["body", "connection_configuration", "a/b~c"], msg: "Bad", type: "value_error" },
        ],
      }),
    });
    expect(error.code).toBe("validation");
    expect(error.fieldErrors).toEqual([
      { path: "/credentials/api_key", message: "Field required" },
      { path: "/streams/0/name", message: "String too short" },
      { path: "/a~1b~0c", message: "Bad" },
    ]);
    expect(error.message).toBe("The server rejected 3 fields.");
  });

  it("keeps errors outside the config (e.g. body.workspace_id) in the message, not as field errors", () => {
    const error = normalizeApiError({
      status: 422,
      contentType: JSON_TYPE,
      body: JSON.stringify({
        detail: [{ loc: ["body", "workspace_id"], msg: "Input should be a valid UUID" }],
      }),
    });
    expect(error.fieldErrors).toEqual([]);
    expect(error.message).toBe("workspace_id: Input should be a valid UUID");
  });

  it("honours the flavour's config key (integrations sends the config as `credentials`)", () => {
    const error = normalizeApiError({
      status: 422,
      contentType: JSON_TYPE,
      body: JSON.stringify({
        detail: [{ loc: ["body", "credentials", "credentials", "api_key"], msg: "Field required" }],
      }),
      configKeys: ["credentials"],
    });
    expect(error.fieldErrors).toEqual([{ path: "/credentials/api_key", message: "Field required" }]);
  });

  it("reads {message, errors: [{field, message}]}", () => {
    const error = normalizeApiError({
      status: 400,
      contentType: JSON_TYPE,
      body: JSON.stringify({
        message: "Invalid configuration",
        errors: [
          { field: "credentials.api_key", message: "is invalid" },
          { field: "/replication/start_date", message: "must be in the past" },
          { field: "tags[1]", message: "unknown tag" },
        ],
      }),
    });
    expect(error.fieldErrors).toEqual([
      { path: "/credentials/api_key", message: "is invalid" },
      { path: "/replication/start_date", message: "must be in the past" },
      { path: "/tags/1", message: "unknown tag" },
    ]);
    expect(error.message).toBe("The server rejected 3 fields.");
    const single = normalizeApiError({
      status: 400,
      contentType: JSON_TYPE,
      body: '{"errors":[{"field":"x","message":"bad"}]}',
    });
    expect(single.message).toBe("The server rejected 1 field.");
  });

  it("gives HTML and empty bodies a human message instead of a parse crash", () => {
    const html = normalizeApiError({
      status: 502,
      contentType: "text/html",
      body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
    });
    expect(html).toMatchObject({ code: "server", retryable: true, fieldErrors: [] });
    expect(html.message).toBe("Airbyte is having trouble right now (HTTP 502). Try again in a moment.");
    const empty = normalizeApiError({ status: 403, contentType: null, body: "" });
    expect(empty).toMatchObject({
      code: "forbidden",
      retryable: false,
      message: "This session is not allowed to do that.",
    });
    const brokenJson = normalizeApiError({ status: 500, contentType: JSON_TYPE, body: '{"detail": ' });
    expect(brokenJson.code).toBe("server");
  });

  it("maps statuses to codes and retryability", () => {
    const cases: [number | null, string, boolean][] = [
      [null, "network", true],
      [401, "unauthorized", false],
      [403, "forbidden", false],
      [404, "not_found", false],
      [408, "timeout", true],
      [409, "conflict", false],
      [418, "http", false],
      [422, "validation", false],
      [429, "rate_limited", true],
      [500, "server", true],
      [501, "server", false],
      [503, "server", true],
    ];
    for (const [status, code, retryable] of cases) {
      expect(normalizeApiError({ status, contentType: null, body: "" }), String(status)).toMatchObject({
        code,
        retryable,
      });
    }
    expect(normalizeApiError({ status: null, contentType: null, body: "" }).message).toBe(
      "Airbyte could not be reached. Check your connection and try again.",
    );
  });

  it("shows short text/plain bodies, scrubbed", () => {
    const error = normalizeApiError({
      status: 400,
      contentType: "text/plain; charset=utf-8",
      body: "bad key sk_live_12345",
      secrets: ["sk_live_12345"],
    });
    expect(error.message).toBe("bad key [redacted]");
  });

  it("scrubs secrets echoed by the server from messages, field errors and request ids", () => {
    const secret = "sk_live_abcdef123456";
    const error = normalizeApiError({
      status: 422,
      contentType: JSON_TYPE,
      body: JSON.stringify({
        detail: [
          {
            loc: ["body", "connection_configuration", "api_key"],
            msg: `Value error, ${secret} is not a valid key`,
            input: secret,
          },
        ],
      }),
      headers: new Headers({ "x-request-id": `id-${secret}` }),
      secrets: [secret],
    });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(secret);
    expect(error.fieldErrors[0]?.message).toBe("Value error, [redacted] is not a valid key");
  });

  it("never lets a secret through, whatever error shape echoes it (property)", () => {
    const secretArb = fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/);
    const shapeArb = fc.constantFrom(
      (s: string) => ({ detail: `Invalid credentials: ${s}` }),
      (s: string) => ({ detail: [{ loc: ["body", "connection_configuration", s], msg: `bad ${s}${s}` }] }),
      (s: string) => ({ message: `nope ${s}`, errors: [{ field: `a.${s}`, message: s }] }),
      (s: string) => ({ title: `Bad ${s}`, errors: [{ pointer: `/config/${s}`, detail: `x${s}x` }] }),
      (s: string) => ({ error: s, error_description: `${s} expired` }),
    );
    fc.assert(
      fc.property(secretArb, shapeArb, fc.constantFrom(400, 401, 422, 500), (secret, shape, status) => {
        const error = normalizeApiError({
          status,
          contentType: JSON_TYPE,
          body: JSON.stringify(shape(secret)),
          secrets: ["unrelated", secret],
        });
        expect(error.message).not.toContain(secret);
        expect(JSON.stringify(error.fieldErrors)).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });
});

describe("toConfigPointer", () => {
  it("converts locations to JSON pointers into the config", () => {
    expect(toConfigPointer(["body", "source_config", "a", 0])).toBe("/a/0");
    expect(toConfigPointer(["query", "workspace_id"])).toBeNull();
    expect(toConfigPointer(["body", "name"])).toBeNull();
    expect(toConfigPointer("#/configuration/x~1y")).toBe("/x~1y");
    expect(toConfigPointer("")).toBe("");
    expect(toConfigPointer(42)).toBeNull();
  });

  it("with config parts (the current API), keeps credentials/environment, drops replication_config, rejects the rest", () => {
    const parts = ["credentials", "environment"];
    const keys = ["replication_config"];
    expect(toConfigPointer("credentials.api_key", keys, parts)).toBe("/credentials/api_key");
    expect(toConfigPointer("environment.region", keys, parts)).toBe("/environment/region");
    expect(toConfigPointer("replication_config.start_date", keys, parts)).toBe("/start_date");
    expect(toConfigPointer(["body", "credentials", "api_key"], keys, parts)).toBe("/credentials/api_key");
    expect(toConfigPointer("workspace_name", keys, parts)).toBeNull();
    expect(toConfigPointer("source_template_id", keys, parts)).toBeNull();
  });
});
