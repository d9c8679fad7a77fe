// @vitest-environment node
import { encodeBase64, makeJwt, makeWidgetClaims, makeWidgetToken } from "@credential-form/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeWidgetToken } from "./decodeWidgetToken.js";
import { TokenError } from "./TokenError.js";

const WORKSPACE = "1f0b3e52-7c7e-4a57-a3bb-2b9d0c6e1a11";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenError) return error.code;
    throw error;
  }
  return "no error";
}

describe("decodeWidgetToken", () => {
  it("decodes the base64 envelope Airbyte returns", () => {
    const raw = makeWidgetToken({
      workspaceId: WORKSPACE,
      exp: 1_900_000_000,
      allowedOrigin: "https://app.example.com:8443",
    });
    const token = decodeWidgetToken(raw);
    expect(token.workspaceId).toBe(WORKSPACE);
    expect(token.expiresAt?.toISOString()).toBe(new Date(1_900_000_000_000).toISOString());
    expect(token.allowedOrigin).toBe("https://app.example.com:8443");
    expect(token.widgetUrl).toMatch(/^https:\/\/cloud\.airbyte\.com\/embedded-widget\?workspaceId=/);
    expect(token.jwt.split(".")).toHaveLength(3);
    expect(token.claims.typ).toBe("io.airbyte.auth.embedded_v1");
    expect(token.claims.roles).toEqual(["EMBEDDED_END_USER"]);
    expect(token.claims.act).toEqual({ sub: "end-user-42" });
  });

  it.each([
    ["standard, padded", { alphabet: "standard", padding: true }],
    ["standard, unpadded", { alphabet: "standard", padding: false }],
    ["url-safe, padded", { alphabet: "url", padding: true }],
    ["url-safe, unpadded", { alphabet: "url", padding: false }],
  ] as const)("accepts the %s alphabet and surrounding whitespace", (_label, options) => {
    const raw = makeWidgetToken({ workspaceId: WORKSPACE, ...options });
    expect(decodeWidgetToken(`\n  ${raw}\t\n`).workspaceId).toBe(WORKSPACE);
  });

  it("accepts a bare JWT (no widget URL)", () => {
    const jwt = makeJwt(makeWidgetClaims({ workspaceId: WORKSPACE }));
    const token = decodeWidgetToken(` ${jwt} `);
    expect(token).toMatchObject({ jwt, workspaceId: WORKSPACE, widgetUrl: null, allowedOrigin: null });
  });

  it("falls back to the widget URL's workspace when the claim is absent", () => {
    const raw = makeWidgetToken({ workspaceId: WORKSPACE, workspaceInClaim: false });
    expect(decodeWidgetToken(raw).workspaceId).toBe(WORKSPACE);
  });

  it("accepts a bare JWT without a workspace claim (a scoped token), with no workspace id", () => {
    const jwt = makeJwt({ sub: "x", exp: 1_900_000_000 });
    expect(decodeWidgetToken(jwt)).toMatchObject({ jwt, workspaceId: null, widgetUrl: null });
  });

  it("has no expiry when the JWT has no exp", () => {
    const jwt = makeJwt({ "io.airbyte.auth.workspace_scope": { workspaceId: WORKSPACE } });
    expect(decodeWidgetToken(jwt).expiresAt).toBeNull();
  });

  it.each([
    ["empty", "   "],
    ["not_base64", "this is not base64!"],
    ["not_json", encodeBase64("hello world, not json")],
    ["not_json", encodeBase64("[1,2,3]")],
    [
      "missing_token",
      encodeBase64(JSON.stringify({ widgetUrl: "https://cloud.airbyte.com/embedded-widget" })),
    ],
    ["malformed_jwt", encodeBase64(JSON.stringify({ token: "abc.def" }))],
    ["malformed_jwt", "a.b.c.d"],
    ["malformed_jwt", `${makeJwt({}).split(".")[0]}.bm90IGpzb24.sig`],
    ["malformed_jwt", "eyJhbGciOiJIUzI1NiJ9.e30.s!g"],
    ["no_workspace", makeWidgetToken({ workspaceInClaim: false, workspaceInUrl: false })],
    ["workspace_mismatch", makeWidgetToken({ workspaceId: WORKSPACE, urlWorkspaceId: "another-workspace" })],
  ])("throws TokenError %s", (code, raw) => {
    expect(codeOf(() => decodeWidgetToken(raw))).toBe(code);
  });

  it("never quotes the token in its messages", () => {
    const jwt = makeJwt({ sub: "secret-subject-value" });
    const raws = [
      `${jwt}.extra`,
      encodeBase64(JSON.stringify({ token: jwt.slice(0, 40) })),
      encodeBase64(`{"token": 1}`),
    ];
    for (const raw of raws) {
      try {
        decodeWidgetToken(raw);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(TokenError);
        const message = (error as Error).message;
        expect(message).not.toContain(jwt.slice(0, 12));
        expect(message).not.toContain(raw.slice(0, 12));
      }
    }
  });
});

const claimsArb = fc.dictionary(
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((k) => k !== "io.airbyte.auth.workspace_scope" && k !== "exp"),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 6 },
);
const alphabetArb = fc.constantFrom("standard" as const, "url" as const);

describe("decodeWidgetToken properties", () => {
  it("round-trips any claims through envelopes in both alphabets, with and without padding", () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.uuid(),
        fc.option(fc.integer({ min: 0, max: 4_102_444_800 }), { nil: undefined }),
        alphabetArb,
        fc.boolean(),
        fc.webUrl({ withQueryParameters: true }),
        (extra, workspaceId, exp, alphabet, padding, origin) => {
          const claims: Record<string, unknown> = {
            ...extra,
            "io.airbyte.auth.workspace_scope": { workspaceId },
            ...(exp === undefined ? {} : { exp }),
          };
          const jwt = makeJwt(claims);
          const widgetUrl = `https://cloud.airbyte.com/embedded-widget?workspaceId=${workspaceId}&allowedOrigin=${encodeURIComponent(origin)}`;
          const raw = encodeBase64(JSON.stringify({ token: jwt, widgetUrl }), { alphabet, padding });
          const token = decodeWidgetToken(raw);
          expect(token.jwt).toBe(jwt);
          expect(token.claims).toEqual(JSON.parse(JSON.stringify(claims)));
          expect(token.workspaceId).toBe(workspaceId);
          expect(token.allowedOrigin).toBe(origin);
          expect(token.widgetUrl).toBe(widgetUrl);
          expect(token.expiresAt?.getTime() ?? null).toBe(exp === undefined ? null : exp * 1000);
          // The bare JWT decodes to the same claims.
          expect(decodeWidgetToken(jwt).claims).toEqual(token.claims);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("throws nothing but TokenError on garbage, and never echoes an 8-character piece of the input", () => {
    const garbage = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.base64String({ maxLength: 200 }),
      fc.string({ maxLength: 120 }).map((s) => encodeBase64(s)),
      fc.jsonValue().map((v) => encodeBase64(JSON.stringify(v), { alphabet: "url", padding: false })),
      fc.tuple(fc.base64String(), fc.base64String(), fc.base64String()).map((p) => p.join(".")),
      fc.jsonValue().map((v) => makeJwt({ claim: v })),
      fc.jsonValue().map((v) => encodeBase64(JSON.stringify({ token: v }))),
    );
    fc.assert(
      fc.property(garbage, (raw) => {
        try {
          decodeWidgetToken(raw);
        } catch (error) {
          expect(error).toBeInstanceOf(TokenError);
          const message = (error as TokenError).message;
          const trimmed = raw.trim();
          for (let i = 0; i + 8 <= trimmed.length; i++) {
            const piece = trimmed.slice(i, i + 8);
            if (piece.trim().length === 8) expect(message).not.toContain(piece);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
