// Type tests of @credential-form/core's public surface: what the main entry exports (and what it keeps on
// `./internal`), and the types a host leans on.
import { describe, expectTypeOf, it } from "vitest";
import type * as core from "./index.js";
import {
  type ApiFlavour,
  type CreatedSource,
  CredentialApiError,
  createEmbeddedClient,
  createRegistryClient,
  type FlavourName,
  flavours,
  isPlainObject,
  isTokenProvider,
  type JSONSchema,
  type REDACTED,
  redactSecrets,
  type SourceDefinition,
  type SourceTemplate,
  type SourceTemplateSummary,
  type TokenProvider,
  validateFullConfig,
} from "./index.js";
import type * as internal from "./internal.js";

declare const spec: JSONSchema;

describe("@credential-form/core's entries", () => {
  it("keep the workspace's helpers off the main entry, on ./internal", () => {
    expectTypeOf<keyof typeof internal>().toEqualTypeOf<
      "toSourceDefinition" | "toConfigPointer" | "CONFIG_BODY_KEYS"
    >();
    expectTypeOf<typeof core>().not.toHaveProperty("toSourceDefinition");
    expectTypeOf<typeof core>().not.toHaveProperty("toConfigPointer");
    expectTypeOf<typeof core>().not.toHaveProperty("CONFIG_BODY_KEYS");
    // Module-private helpers are not exported at all.
    expectTypeOf<typeof core>().not.toHaveProperty("getOwn");
    expectTypeOf<typeof core>().not.toHaveProperty("interpretSchema");
  });
});

describe("public generics and signatures", () => {
  it("redactSecrets keeps the config's type", () => {
    const config = { credentials: { api_key: "k" }, start_date: "2024-01-01", retries: 3 };
    expectTypeOf(redactSecrets(spec, config)).toEqualTypeOf<typeof config>();
    expectTypeOf<typeof REDACTED>().toEqualTypeOf<"[redacted]">();
  });

  it("isPlainObject narrows to a record", () => {
    const value: unknown = null;
    if (isPlainObject(value)) expectTypeOf(value).toEqualTypeOf<Record<string, unknown>>();
  });

  it("isTokenProvider narrows to TokenProvider", () => {
    const value: unknown = null;
    if (isTokenProvider(value)) expectTypeOf(value).toEqualTypeOf<TokenProvider>();
  });

  it("the client's methods resolve to the documented types", () => {
    const client = createEmbeddedClient({ token: "t" });
    expectTypeOf(client.createSource).returns.resolves.toEqualTypeOf<CreatedSource>();
    expectTypeOf(client.listSourceTemplates).returns.resolves.toEqualTypeOf<SourceTemplateSummary[]>();
    expectTypeOf(client.getSourceTemplate).returns.resolves.toEqualTypeOf<SourceTemplate>();
    expectTypeOf(
      createRegistryClient().getSourceDefinition,
    ).returns.resolves.toEqualTypeOf<SourceDefinition>();
  });

  it("takes a flavour by name or as an object, and nothing else", () => {
    expectTypeOf<keyof typeof flavours>().toEqualTypeOf<FlavourName>();
    expectTypeOf(flavours["partial-user-configs"]).toEqualTypeOf<ApiFlavour>();
    createEmbeddedClient({ token: "t", flavour: "integrations" });
    createEmbeddedClient({ token: "t", flavour: flavours["embedded-sources"] });
    // @ts-expect-error an unknown flavour name
    createEmbeddedClient({ token: "t", flavour: "sources" });
    // @ts-expect-error exactOptionalPropertyTypes: leave an option out rather than pass undefined
    createEmbeddedClient({ token: "t", baseUrl: undefined });
  });

  it("errors are typed values", () => {
    const error = new CredentialApiError({ status: 422, code: "validation", message: "m" });
    expectTypeOf(error.status).toEqualTypeOf<number | null>();
    expectTypeOf(error.fieldErrors).toEqualTypeOf<{ path: string; message: string }[]>();
    expectTypeOf(validateFullConfig(spec, {}).errors).items.toEqualTypeOf<{
      path: string;
      message: string;
      keyword: string;
      params?: Record<string, unknown>;
    }>();
  });
});
