// Type tests of @credential-form/react's public surface: the drop-in widget is only on `./widget`, and the
// TanStack Query helpers carry their data type into the host's QueryClient.
import type { RegistryClient, SourceDefinition, SourceTemplate } from "@credential-form/core";
import { createEmbeddedClient } from "@credential-form/core";
import { QueryClient, useQuery } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import type * as main from "./index.js";
import { type CredentialFormProps, connectorSpecQuery, sourceTemplateQuery } from "./index.js";
import type * as widget from "./widget/index.js";

declare const registry: RegistryClient;

describe("@credential-form/react's entries", () => {
  it("keep the drop-in widget off the main entry", () => {
    expectTypeOf<typeof widget>().toHaveProperty("CredentialWidget");
    expectTypeOf<typeof widget>().toHaveProperty("mountCredentialWidget");
    expectTypeOf<typeof widget>().toHaveProperty("CredentialEmbeddedWidget");
    expectTypeOf<typeof main>().not.toHaveProperty("CredentialWidget");
    expectTypeOf<typeof main>().not.toHaveProperty("mountCredentialWidget");
    expectTypeOf<typeof main>().not.toHaveProperty("CredentialEmbeddedWidget");
    expectTypeOf<typeof main>().not.toHaveProperty("SourceTemplatePicker");
  });
});

describe("query helpers", () => {
  it("type the data of useQuery and of the host's QueryClient cache", () => {
    const spec = connectorSpecQuery({ registry, sourceDefinitionId: "id" });
    const template = sourceTemplateQuery({ client: createEmbeddedClient({ token: "t" }), templateId: "id" });
    expectTypeOf(useQuery(spec).data).toEqualTypeOf<SourceDefinition | undefined>();
    expectTypeOf(useQuery(template).data).toEqualTypeOf<SourceTemplate | undefined>();
    const queryClient = new QueryClient();
    expectTypeOf(queryClient.getQueryData(spec.queryKey)).toEqualTypeOf<SourceDefinition | undefined>();
    expectTypeOf(queryClient.prefetchQuery(template)).resolves.toBeVoid();
  });
});

describe("<CredentialForm> props", () => {
  it("takes a token string or callback, and hands onEvent the event union", () => {
    expectTypeOf<CredentialFormProps["token"]>().toEqualTypeOf<string | (() => Promise<string>)>();
    expectTypeOf<NonNullable<CredentialFormProps["onEvent"]>>()
      .parameter(0)
      .toEqualTypeOf<main.CredentialFormEvent>();
  });
});
